#!/usr/bin/env python3
"""Validates the import output of every seed (one plan each, and the batch)
against schema/handlingsplan.schema.json with a real JSON Schema validator.
Usage: validate_schema.py PATH/TO/handlingsplan"""
import json, subprocess, sys, pathlib
import jsonschema

tool = sys.argv[1]
root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "schema/handlingsplan.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

printed = subprocess.run([tool, "schema"], capture_output=True, check=True).stdout
passed = failed = 0

def check(name, ok, why=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {why}")

check("schema command prints the committed schema", json.loads(printed) == schema)
runs = [[str(p)] for p in sorted((root / "seeds").glob("*.txt"))] + [["seeds/", "no-such-file.txt"]]
for args in runs:
    result = subprocess.run([tool, "import", "-q", *args], capture_output=True, cwd=root)
    doc = json.loads(result.stdout)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    check(" ".join(args), not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))
# The schema must reject what breaks the contract.
bad = json.loads(subprocess.run([tool, "import", str(sorted((root / "seeds").glob("*.txt"))[0])], capture_output=True).stdout)
del bad["items"][0]["responsible"]
check("a plan missing a contract field is rejected", not validator.is_valid(bad))
bad = json.loads(subprocess.run([tool, "import", str(sorted((root / "seeds").glob("*.txt"))[0])], capture_output=True).stdout)
bad["items"][0]["area"] = 7
check("an area outside 1-6 is rejected", not validator.is_valid(bad))
print(f"schema: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
