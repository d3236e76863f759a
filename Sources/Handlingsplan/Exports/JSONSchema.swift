// The JSON Schema of the import output, printed by `handlingsplan schema`.
// A copy is kept in schema/handlingsplan.schema.json (a test keeps the two equal);
// `make test` validates every seed's JSON against it with Python's jsonschema.
public enum JSONSchema {
    public static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "handlingsplan import output, schemaVersion 1",
  "description": "One plan object for one input file, or a batch {schemaVersion, plans, failures} for several. Every contract field is present; null where the document gives nothing. Further fields may be added without a new schemaVersion.",
  "oneOf": [
    {
      "$ref": "#/$defs/plan"
    },
    {
      "$ref": "#/$defs/batch"
    }
  ],
  "$defs": {
    "position": {
      "oneOf": [
        {
          "type": "object",
          "required": [
            "line",
            "column"
          ],
          "properties": {
            "line": {
              "type": "integer",
              "minimum": 1
            },
            "column": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        {
          "type": "object",
          "required": [
            "paragraph"
          ],
          "properties": {
            "paragraph": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        {
          "type": "object",
          "required": [
            "page",
            "line"
          ],
          "properties": {
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "line": {
              "type": "integer",
              "minimum": 1
            }
          }
        }
      ]
    },
    "nullablePosition": {
      "oneOf": [
        {
          "$ref": "#/$defs/position"
        },
        {
          "type": "null"
        }
      ]
    },
    "area": {
      "oneOf": [
        {
          "type": "integer",
          "minimum": 1,
          "maximum": 6
        },
        {
          "type": "null"
        }
      ]
    },
    "plan": {
      "type": "object",
      "required": [
        "schemaVersion",
        "source",
        "plan",
        "sections",
        "items",
        "diagnostics"
      ],
      "properties": {
        "schemaVersion": {
          "const": "1"
        },
        "source": {
          "type": "object",
          "required": [
            "path",
            "format",
            "encoding",
            "sha256"
          ],
          "properties": {
            "path": {
              "type": "string",
              "minLength": 1
            },
            "format": {
              "enum": [
                "text",
                "tab-table",
                "csv",
                "docx",
                "word-xml",
                "flat-opc",
                "word2003-xml",
                "odt",
                "pdf"
              ]
            },
            "encoding": {
              "enum": [
                "utf-8",
                "utf-8-bom",
                "utf-16le",
                "utf-16be",
                "windows-1252",
                null
              ]
            },
            "sha256": {
              "type": "string",
              "pattern": "^[0-9a-f]{64}$"
            }
          }
        },
        "plan": {
          "type": "object",
          "required": [
            "union",
            "branch",
            "title",
            "periodFrom",
            "periodTo",
            "adopted",
            "language"
          ],
          "properties": {
            "union": {
              "type": [
                "string",
                "null"
              ]
            },
            "branch": {
              "type": [
                "string",
                "null"
              ],
              "pattern": "^[0-9]+$"
            },
            "title": {
              "type": [
                "string",
                "null"
              ]
            },
            "periodFrom": {
              "type": [
                "integer",
                "null"
              ]
            },
            "periodTo": {
              "type": [
                "integer",
                "null"
              ]
            },
            "adopted": {
              "type": [
                "string",
                "null"
              ],
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            },
            "language": {
              "enum": [
                "nb",
                "nn",
                null
              ]
            }
          }
        },
        "sections": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "id",
              "number",
              "heading",
              "area",
              "source"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "number": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "heading": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "area": {
                "$ref": "#/$defs/area"
              },
              "source": {
                "$ref": "#/$defs/nullablePosition"
              }
            }
          }
        },
        "items": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "id",
              "kind",
              "text",
              "area",
              "areaName",
              "mapping",
              "section",
              "parent",
              "responsible",
              "deadline",
              "status",
              "budget",
              "comment",
              "source"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "kind": {
                "enum": [
                  "nationalGoal",
                  "localGoal",
                  "measure"
                ]
              },
              "text": {
                "type": "string",
                "minLength": 1
              },
              "area": {
                "$ref": "#/$defs/area"
              },
              "areaName": {
                "enum": [
                  "Heltid, likelønn og kampen for mindre forskjeller",
                  "Gode offentlige tjenester med egne ansatte",
                  "Organisasjonsbygging og tariffmakt",
                  "Fag- og tjenesteutvikling",
                  "Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid",
                  "Digitalisering",
                  null
                ]
              },
              "mapping": {
                "type": "object",
                "required": [
                  "method",
                  "confidence",
                  "evidence"
                ],
                "properties": {
                  "method": {
                    "type": "string"
                  },
                  "confidence": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1
                  },
                  "evidence": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "section": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "parent": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "responsible": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "deadline": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "status": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "budget": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "comment": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "source": {
                "$ref": "#/$defs/position"
              }
            }
          }
        },
        "diagnostics": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "severity",
              "code",
              "message",
              "source"
            ],
            "properties": {
              "severity": {
                "enum": [
                  "error",
                  "warning",
                  "info"
                ]
              },
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              },
              "source": {
                "$ref": "#/$defs/nullablePosition"
              }
            }
          }
        }
      }
    },
    "batch": {
      "type": "object",
      "required": [
        "schemaVersion",
        "plans",
        "failures"
      ],
      "properties": {
        "schemaVersion": {
          "const": "1"
        },
        "plans": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/plan"
          }
        },
        "failures": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "path",
              "error"
            ],
            "properties": {
              "path": {
                "type": "string"
              },
              "error": {
                "type": "string",
                "minLength": 1
              }
            }
          }
        },
        "copies": {
          "description": "Present when some files of the batch have the bytes of an earlier file: each is imported once, as copyOf, and not in plans.",
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "path",
              "copyOf",
              "sha256"
            ],
            "properties": {
              "path": {
                "type": "string"
              },
              "copyOf": {
                "type": "string"
              },
              "sha256": {
                "type": "string",
                "pattern": "^[0-9a-f]{64}$"
              }
            }
          }
        },
        "versions": {
          "description": "Present when plans of one union, branch and period come from different files (a draft and the adopted plan): all are in plans; each entry lists their paths.",
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "union",
              "branch",
              "periodFrom",
              "periodTo",
              "paths"
            ],
            "properties": {
              "union": {
                "type": "string"
              },
              "branch": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "periodFrom": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "periodTo": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "paths": {
                "type": "array",
                "minItems": 2,
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }
  }
}

"""#
}
