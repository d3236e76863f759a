#!/usr/bin/env python3
"""Renditions: does a reading rule generalize beyond the file as it was written?

For every plan of the two dev sets (../shared/devset, ../shared/devset2) this makes
the renditions real branches send, with the real writers, imports each with the tool
and scores it against that plan's own gold (with the dev set's score.py, aggregated
like score_all.sh's TOTAL: macro average, n/a left out, a failed import = empty output).

  documents (DOCX/ODT/Word 2003 XML): orig; LibreOffice -> PDF -> pdftotext as
      pdf-txt (default), pdf-layout (-layout), pdf-raw (-raw); lo-txt (LibreOffice's
      "Text (encoded)" export); pandoc-plain (pandoc -t plain; docx/odt only)
  every plan: pdf (LibreOffice's PDF itself, untagged as LibreOffice writes it by default,
      read by the tool: poppler in its worker); pdf-2col (LibreOffice's ODT of it with two
      columns a page -> PDF -> pdftotext -layout: a newsletter's layout, the columns side by
      side) and pdf-2col-pdf (that PDF itself)
  documents also: pdf-tagged (LibreOffice's tagged PDF, as Word writes them by default)
  text plans: orig; word-txt (Word "Save as plain text": symbol-font bullet stand-in +
      TAB, cp1252 or UTF-16 CRLF); gdocs-txt (Google Docs: "* " bullets, BOM);
      wrap72 (continuations at column 0); wrap78-indent (continuations under the
      bullet text); pdf-txt / pdf-layout (the text through LibreOffice -> PDF)

Each rendition is checked against the gold: the share of gold item texts found in it
(whitespace-collapsed, case-insensitive) is printed as a warning when below 0.95 --
then the rendition lost the text, not the tool. A rendition a writer cannot make
(tool missing, conversion failed) shows as "-"; a failed import as "!".

Usage: python3 bench/variants.py BINARY [--only dev05,u03] [--variants pdf-raw,word-txt]
           [--keep DIR] [--jobs N] [--json FILE] [--cache DIR] [--sets DIR,DIR]
Writers needed (missing ones are reported and their variants skipped): soffice
(Debian libreoffice-writer-nogui), pdftotext (poppler-utils), pandoc.
Converted PDFs/texts are cached by the input's SHA-256 (default
~/.cache/handlingsplan-variants), so a second run only imports and scores. soffice
runs one batch at a time with its own profile (/tmp/lo_variants); the binary is copied
first, so a rebuild during a run changes nothing.
"""
import argparse
import concurrent.futures
import hashlib
import importlib.util
import json
import os
import re
import shutil
import zipfile
import subprocess
import sys
import tempfile
import textwrap
import time

SETS = ['/work/shared/devset', '/work/shared/devset2']
DOC_VARIANTS = ['orig', 'pdf', 'pdf-tagged', 'pdf-txt', 'pdf-layout', 'pdf-raw', 'pdf-2col-pdf', 'pdf-2col', 'lo-txt', 'pandoc-plain']
TEXT_VARIANTS = ['orig', 'word-txt', 'gdocs-txt', 'wrap72', 'wrap78-indent', 'pdf', 'pdf-txt', 'pdf-layout', 'pdf-2col-pdf', 'pdf-2col']
ALL_VARIANTS = list(dict.fromkeys(DOC_VARIANTS + TEXT_VARIANTS))
NEEDS = {'pdf': ['soffice'], 'pdf-tagged': ['soffice'], 'pdf-2col-pdf': ['soffice'], 'pdf-txt': ['soffice', 'pdftotext'], 'pdf-layout': ['soffice', 'pdftotext'],
         'pdf-raw': ['soffice', 'pdftotext'], 'pdf-2col': ['soffice', 'pdftotext'], 'lo-txt': ['soffice'], 'pandoc-plain': ['pandoc']}
PACKAGE = {'soffice': 'Debian libreoffice-writer-nogui', 'pdftotext': 'poppler-utils', 'pandoc': 'pandoc'}
# Renditions that are PDF files, by the cached product each is: LibreOffice's PDF (untagged, its
# default), its tagged PDF, and the two-column one.
PDF_FILES = {'pdf': 'pdf', 'pdf-tagged': 'tagged.pdf', 'pdf-2col-pdf': 'two.pdf'}
PDFTOTEXT_MODE = {'pdf-txt': [], 'pdf-layout': ['-layout'], 'pdf-raw': ['-raw'], 'pdf-2col': ['-layout']}
CACHE_VERSION = 'v1'
METRICS = ['recall', 'precision', 'area_local', 'kind_accuracy']
COVERAGE_MIN = 0.95
WORD_GLYPHS = ['\u00a7', '\u00d8', '\u00fc', '\uf0b7']   # § Ø ü and Symbol's private-use bullet


class Unavailable(Exception):
    """The writer cannot produce this rendition (shown as '-')."""


# ------------------------------------------------------------------ plans and gold
class Plan:
    def __init__(self, path, gold_path, setname):
        self.path, self.gold_path, self.set = path, gold_path, setname
        self.base, ext = os.path.splitext(os.path.basename(path))
        self.ext = ext.lower()
        self.is_text = self.ext == '.txt'
        self.label = '_'.join(self.base.split('_')[:2])[:20]
        with open(path, 'rb') as f:
            self.data = f.read()
        self.sha = hashlib.sha256(self.data).hexdigest()
        with open(gold_path, encoding='utf-8') as f:
            self.gold = json.load(f)
        self.index = 0          # position among all text plans: rotates the Word glyph


def discover(sets):
    plans = []
    for d in sets:
        pdir, gdir = os.path.join(d, 'plans'), os.path.join(d, 'gold')
        if not os.path.isdir(pdir):
            print('variants: no plans in %s, skipped' % d, file=sys.stderr)
            continue
        for name in sorted(os.listdir(pdir)):
            gold = os.path.join(gdir, os.path.splitext(name)[0] + '.json')
            if os.path.isfile(gold):
                plans.append(Plan(os.path.join(pdir, name), gold, os.path.basename(d)))
    for i, p in enumerate(p for p in plans if p.is_text):
        p.index = i
    return plans


def decode(data):
    if data.startswith(b'\xff\xfe') or data.startswith(b'\xfe\xff'):
        return data.decode('utf-16')
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('cp1252', 'replace')


# ------------------------------------------------------------------ text plans: structure
BULLET = re.compile('^([ \t]*)([-\u2022\u25cf\u25cb\u25e6\u00b7*\u25aa\u25a0\u2013]|o(?=\t))([ \t]+)(\\S.*)$')
NUMBER = re.compile(r'^([ \t]*)(\d{1,2}\.(?:\d{1,2}\.?)*|[a-z]\))([ \t]+)(\S.*)$')
FOOTER = re.compile(r'^\s*(Side|Sida|Page)\s+\d+(\s+(av|of|/)\s+\d+)?\s*$', re.I)
RULE = re.compile(r'^\s*([-=_])\1{2,}\s*$')
LEVEL2_GLYPHS, LEVEL3_GLYPHS = '\u25cb\u25e6o', '\u25aa\u25a0'
PARA_END = ('.', ':', '!', '?', ';')


class Para:
    """A paragraph of a text plan: kind blank | residue | raw | bullet | num | plain."""
    def __init__(self, kind, raw='', indent='', marker='', sep=' ', text=''):
        self.kind, self.raw, self.indent, self.marker, self.sep = kind, raw, indent, marker, sep
        self.text, self.lines, self.level = text, [raw], 1


def classify(line):
    if '\f' in line or FOOTER.match(line):
        return 'residue'            # form feed + running header, "Side k av n" footer
    if not line.strip():
        return 'blank'
    if '\t' in line.strip() or RULE.match(line):
        return 'raw'                # TAB-separated table rows, underlines: kept as they are
    if BULLET.match(line):
        return 'bullet'
    return 'num' if NUMBER.match(line) else 'plain'


def parse_text(text):
    """Lines -> paragraphs. A line continues the previous paragraph when it is not blank
    and not a marker, and the previous line did not end a paragraph: it does not end in
    . : ! ? ; and it was full (the next word would not have fitted in the wrap width).
    A page break (blank + residue lines) inside a paragraph is crossed; the residue is
    put right after that paragraph."""
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    kinds = [classify(l) for l in lines]
    width = max([len(l.rstrip()) for l, k in zip(lines, kinds) if k in ('bullet', 'num', 'plain')] or [0])
    wrapped = width <= 100
    out, pending, cur = [], [], None

    def continues(line):
        last = cur.lines[-1].rstrip()
        if last.endswith(PARA_END) or (pending and not any(p.kind == 'residue' for p in pending)):
            return False
        return len(last) + 1 + len(line.split()[0]) > width

    for line, kind in zip(lines, kinds):
        if kind in ('blank', 'residue'):
            (pending if cur else out).append(Para(kind, raw=line))
            continue
        if cur and kind == 'plain' and wrapped and continues(line):
            cur.lines.append(line)
            cur.text += ' ' + line.strip()
            continue
        if cur:
            out.append(cur)
            out.extend(pending)
            pending, cur = [], None
        if kind == 'raw':
            out.append(Para('raw', raw=line))
            continue
        m = (BULLET if kind == 'bullet' else NUMBER).match(line) if kind != 'plain' else None
        if m:
            cur = Para(kind, raw=line, indent=m.group(1), marker=m.group(2), sep=m.group(3), text=m.group(4).strip())
        else:
            cur = Para('plain', raw=line, indent=line[:len(line) - len(line.lstrip())], text=line.strip())
    if cur:
        out.append(cur)
    out.extend(pending)
    assign_levels(out)
    return out


def assign_levels(paras):
    indents = sorted({len(p.indent.expandtabs(4)) for p in paras if p.kind == 'bullet'})
    for p in paras:
        if p.kind == 'bullet':
            p.level = indents.index(len(p.indent.expandtabs(4))) + 1
            if p.marker in LEVEL2_GLYPHS:
                p.level = max(p.level, 2)
            elif p.marker in LEVEL3_GLYPHS:
                p.level = max(p.level, 3)
        elif p.kind == 'num':
            p.level = 2 if p.marker.endswith(')') else len([x for x in p.marker.split('.') if x])


def simple_lines(paras, bullet, number):
    """One paragraph per line; list paragraphs get their label from bullet(p) / number(p)."""
    label = {'bullet': bullet, 'num': number, 'plain': lambda p: ''}
    return [label[p.kind](p) + p.text if p.kind in label else p.raw.rstrip(' ') for p in paras]


# ------------------------------------------------------------------ text plans: writers
def write_word_txt(plan, paras, dest):
    """Word "Save as plain text": symbol-font bullet stand-in + TAB (the glyph rotates per
    plan; level 2 "o"), "1.<TAB>" numbers, one paragraph per line, CRLF, Windows-1252
    (UTF-16 LE with BOM for every other plan, or when cp1252 cannot hold a character)."""
    glyph = WORD_GLYPHS[plan.index % len(WORD_GLYPHS)]
    levels = {1: glyph, 2: 'o', 3: '\u00a7'}
    number = lambda p: (p.marker if p.marker.endswith(('.', ')')) else p.marker + '.') + '\t'
    text = '\r\n'.join(simple_lines(paras, lambda p: levels.get(p.level, '\u00a7') + '\t', number)) + '\r\n'
    try:
        data = text.encode('cp1252') if plan.index % 2 == 0 else None
    except UnicodeEncodeError:
        data = None
    with open(dest, 'wb') as f:
        f.write(data if data is not None else b'\xff\xfe' + text.encode('utf-16-le'))


def write_gdocs_txt(plan, paras, dest):
    """Google Docs "Download as plain text": "* " bullets indented 4 spaces per level,
    typed numbers "1. ", one paragraph per line, UTF-8 with BOM; CRLF or LF by plan."""
    bullet = lambda p: '    ' * (p.level - 1) + '* '
    number = lambda p: '    ' * (p.level - 1) + p.marker + ' '
    eol = '\r\n' if plan.index % 2 == 0 else '\n'
    with open(dest, 'w', encoding='utf-8-sig', newline='') as f:
        f.write(eol.join(simple_lines(paras, bullet, number)) + eol)


def write_wrapped(paras, dest, width, indent_continuation):
    """Hard-wrap every paragraph at `width`; continuation lines at column 0, or (as
    pdftotext -layout does) under the text start of a bullet."""
    lines = []
    for p in paras:
        if p.kind in ('bullet', 'num', 'plain'):
            prefix = p.indent.expandtabs(4) + p.marker + ((' ' if '\t' in p.sep else p.sep) if p.marker else '')
            sub = ' ' * len(prefix) if indent_continuation else ''
            lines.extend(textwrap.wrap(p.text, width, initial_indent=prefix, subsequent_indent=sub,
                                       break_long_words=False, break_on_hyphens=False) or [prefix])
        else:
            lines.append(p.raw)
    with open(dest, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


# ------------------------------------------------------------------ external writers (cached)
class Writers:
    def __init__(self, cache, workdir):
        self.cache, self.workdir = cache, workdir
        self.have = {t: shutil.which(t) for t in ('soffice', 'pdftotext', 'pandoc')}
        self.profile = 'file://' + os.path.join(tempfile.gettempdir(), 'lo_variants')

    def missing(self, variant):
        return [t for t in NEEDS.get(variant, []) if not self.have[t]]

    def path(self, plan, product):
        return os.path.join(self.cache, CACHE_VERSION, plan.sha[:2], plan.sha + '.' + product)

    def cached(self, plan, product):
        """Path of a cached product; Unavailable if it failed before; None if not made yet."""
        p = self.path(plan, product)
        if os.path.exists(p + '.failed'):
            with open(p + '.failed', encoding='utf-8') as f:
                raise Unavailable(f.read().strip())
        return p if os.path.exists(p) else None

    def store(self, plan, product, src=None, failure=None):
        p = self.path(plan, product)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if failure:
            with open(p + '.failed', 'w', encoding='utf-8') as f:
                f.write(failure)
        else:
            shutil.copyfile(src, p + '.tmp')
            os.replace(p + '.tmp', p)

    def soffice_batch(self, plans, product, convert_to, text_input=False, source=None):
        """One serialized soffice run for every plan whose `product` is not cached yet.
        text_input: the plan's text is given to LibreOffice as UTF-8 .txt; source: a cached
        product to convert instead of the plan (its name is the file's extension)."""
        todo = [p for p in plans if not os.path.exists(self.path(p, product))
                and not os.path.exists(self.path(p, product) + '.failed')
                and (source is None or os.path.exists(self.path(p, source)))]
        if not todo or not self.have['soffice']:
            return
        stage = tempfile.mkdtemp(dir=self.workdir, prefix='lo-')
        files = [os.path.join(stage, p.sha + ('.' + source.split('.')[-1] if source else '.txt' if text_input else p.ext)) for p in todo]
        for p, name in zip(todo, files):
            if source:
                shutil.copyfile(self.path(p, source), name)
                continue
            with open(name, 'wb') as f:
                f.write(decode(p.data).encode('utf-8') if text_input else p.data)
        cmd = ['soffice', '-env:UserInstallation=' + self.profile, '--headless']
        if text_input:
            cmd.append('--infilter=Text (encoded):UTF8,LF,,,')
        cmd += ['--convert-to', convert_to, '--outdir', os.path.join(stage, 'out')] + files
        print('variants: soffice --convert-to %s, %d file(s)' % (convert_to.split(':')[0], len(files)), file=sys.stderr)
        try:
            subprocess.run(cmd, capture_output=True, timeout=120 + 30 * len(files))
        except subprocess.TimeoutExpired:
            print('variants: soffice timed out', file=sys.stderr)
        ext = '.' + convert_to.split(':')[0]
        outs = {p.sha: os.path.join(stage, 'out', p.sha + ext) for p in todo}
        made = [p for p in todo if os.path.isfile(outs[p.sha]) and os.path.getsize(outs[p.sha]) > 0]
        for p in todo:       # when soffice made nothing at all (e.g. a locked profile), cache no failure
            if p in made:
                self.store(p, product, src=outs[p.sha])
            elif made:
                self.store(p, product, failure='soffice made no %s' % ext)
        shutil.rmtree(stage, ignore_errors=True)

    def product(self, plan, name, make):
        """The cached product `name` of a plan; make(tmp) writes it or returns why it cannot."""
        hit = self.cached(plan, name)
        if hit:
            return hit
        tmp = os.path.join(self.workdir, 'tmp.' + name)
        failure = make(tmp)
        self.store(plan, name, src=tmp, failure=failure)
        if failure:
            raise Unavailable(failure)
        os.remove(tmp)
        return self.path(plan, name)

    def two_columns(self, plans):
        """Each plan set in two columns: LibreOffice's ODT of it with its page styles given two
        columns, then a PDF of that (a newsletter's or a brochure's layout)."""
        for group, text_input in (([p for p in plans if not p.is_text], False), ([p for p in plans if p.is_text], True)):
            self.soffice_batch(group, 'plain.odt', 'odt', text_input=text_input)
        for p in plans:
            src = self.path(p, 'plain.odt')
            if not os.path.exists(src) or os.path.exists(self.path(p, 'two.odt')):
                continue
            tmp = os.path.join(self.workdir, 'two.odt')
            with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, 'w') as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == 'styles.xml':
                        text = data.decode('utf-8')
                        cols = '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>'
                        text = re.sub(r'<style:page-layout-properties([^>]*?)/>', r'<style:page-layout-properties\1>' + cols + '</style:page-layout-properties>', text)
                        text = re.sub(r'(<style:page-layout-properties[^>]*[^/]>)(?!<style:columns)', r'\1' + cols, text)
                        data = text.encode('utf-8')
                    zout.writestr(item, data, compress_type=zipfile.ZIP_STORED if item.filename == 'mimetype' else zipfile.ZIP_DEFLATED)
            self.store(p, 'two.odt', src=tmp)
        self.soffice_batch(plans, 'two.pdf', 'pdf', source='two.odt')

    def pdftotext(self, plan, pdf_product, variant):
        pdf = self.cached(plan, pdf_product)
        if pdf is None:
            raise Unavailable('no PDF')

        def make(tmp):
            r = subprocess.run(['pdftotext', '-enc', 'UTF-8'] + PDFTOTEXT_MODE[variant] + [pdf, tmp],
                               capture_output=True)
            if r.returncode != 0 or not os.path.exists(tmp):
                return 'pdftotext failed'
            with open(tmp, 'rb') as f:
                return None if f.read().strip() else 'PDF has no text'
        return self.product(plan, pdf_product + '.' + variant, make)

    def pandoc(self, plan):
        if plan.ext not in ('.docx', '.odt'):
            raise Unavailable('pandoc does not read %s' % plan.ext)

        def make(tmp):
            r = subprocess.run(['pandoc', '-t', 'plain', plan.path, '-o', tmp], capture_output=True)
            return 'pandoc failed: ' + r.stderr.decode(errors='replace')[:200] if r.returncode else None
        return self.product(plan, 'pandoc.txt', make)


def make_renditions(plans, variants, writers, rdir):
    """{(base, variant): path or Unavailable}. LibreOffice runs first, in batches."""
    def want(v, group):
        return v in variants and not writers.missing(v) and any(p.is_text == group for p in plans)
    docs = [p for p in plans if not p.is_text]
    texts = [p for p in plans if p.is_text]
    if any(want(v, False) for v in ('pdf', 'pdf-txt', 'pdf-layout', 'pdf-raw')):
        writers.soffice_batch(docs, 'pdf', 'pdf')
    if want('pdf-tagged', False):
        writers.soffice_batch(docs, 'tagged.pdf', 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}')
    if want('lo-txt', False):
        writers.soffice_batch(docs, 'lo.txt', 'txt:Text (encoded):UTF8')
    if want('pdf', True) or want('pdf-txt', True) or want('pdf-layout', True):
        writers.soffice_batch(texts, 'txt.pdf', 'pdf', text_input=True)
    if any(want(v, g) for v in ('pdf-2col', 'pdf-2col-pdf') for g in (False, True)):
        writers.two_columns(plans)
    result = {}
    for p in plans:
        paras = parse_text(decode(p.data)) if p.is_text else None
        for v in variants:
            if v not in (TEXT_VARIANTS if p.is_text else DOC_VARIANTS):
                continue
            dest = os.path.join(rdir, v, p.base + (p.ext if v == 'orig' else '.pdf' if v in PDF_FILES else '.txt'))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            try:
                if writers.missing(v):
                    raise Unavailable('needs ' + ', '.join(writers.missing(v)))
                if v == 'orig':
                    shutil.copyfile(p.path, dest)
                elif v == 'word-txt':
                    write_word_txt(p, paras, dest)
                elif v == 'gdocs-txt':
                    write_gdocs_txt(p, paras, dest)
                elif v in ('wrap72', 'wrap78-indent'):
                    write_wrapped(paras, dest, 72 if v == 'wrap72' else 78, v == 'wrap78-indent')
                elif v in PDF_FILES:
                    # The PDF itself, read by the tool (poppler in its worker), beside pdftotext's texts.
                    product = PDF_FILES[v] if not (p.is_text and v == 'pdf') else 'txt.pdf'
                    src = writers.cached(p, product)
                    if src is None:
                        raise Unavailable('no PDF')
                    shutil.copyfile(src, dest)
                elif v == 'pdf-2col':
                    shutil.copyfile(writers.pdftotext(p, 'two.pdf', v), dest)
                elif v in PDFTOTEXT_MODE:
                    shutil.copyfile(writers.pdftotext(p, 'txt.pdf' if p.is_text else 'pdf', v), dest)
                elif v == 'lo-txt':
                    src = writers.cached(p, 'lo.txt')
                    if src is None:
                        raise Unavailable('no LibreOffice text')
                    shutil.copyfile(src, dest)
                elif v == 'pandoc-plain':
                    shutil.copyfile(writers.pandoc(p), dest)
                result[p.base, v] = dest
            except Unavailable as e:
                result[p.base, v] = e
    return result


# ------------------------------------------------------------------ import, score, coverage
def load_scorer(path):
    spec = importlib.util.spec_from_file_location('score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def snapshot(binary, workdir):
    """Run a copy of the binary: a rebuild during the run (ETXTBSY, a half-written file)
    then changes nothing. Retries while the copy does not start."""
    copy = os.path.join(workdir, 'handlingsplan')
    # The PDF worker beside it, as it is beside the binary (the tool runs the one beside itself).
    worker = os.path.join(os.path.dirname(binary), 'handlingsplan-pdf')
    if os.path.exists(worker):
        shutil.copy2(worker, os.path.join(workdir, 'handlingsplan-pdf'))
    for _ in range(30):
        try:
            shutil.copy2(binary, copy)
            if subprocess.run([copy, '--help'], capture_output=True, timeout=30).returncode == 0:
                return copy
        except OSError:
            pass
        time.sleep(2)
    sys.exit('variants: cannot run %s' % binary)


def run_import(binary, src, out):
    try:
        r = subprocess.run([binary, 'import', src, '--format', 'json', '-o', out, '-q'],
                           capture_output=True, timeout=120)
        ok = r.returncode == 0
    except subprocess.TimeoutExpired:
        ok = False
    if ok and os.path.exists(out):
        with open(out, encoding='utf-8') as f:
            return json.load(f), True
    return {'items': []}, False       # a failure counts as an empty output


def squash(s):
    return ' '.join(s.split()).casefold()


def coverage(plan, path):
    """Share of gold item texts found in the rendition's text (None for binary files)."""
    if path.endswith(('.docx', '.odt', '.xml', '.pdf')):
        return None, []
    with open(path, 'rb') as f:
        hay = squash(decode(f.read()))
    texts = [it.get('text') or '' for it in plan.gold.get('items', [])]
    missing = [t for t in texts if squash(t) not in hay]
    return (1 - len(missing) / len(texts) if texts else 1.0), missing


def macro(rows):
    """score_all.sh's TOTAL: mean per metric over the documents where it is not n/a."""
    out = {}
    for k in METRICS:
        vals = [r[k] for r in rows if r.get(k) is not None]
        out[k] = sum(vals) / len(vals) if vals else None
    return out


# ------------------------------------------------------------------ report
def f2(x):
    return 'n/a ' if x is None else '%.2f' % x


def cell(res):
    if res is None:
        return '-'
    return '/'.join(f2(res[k]) for k in METRICS) + ('' if res['imported'] else '!')


def delta(a, b):
    return None if a is None or b is None else b - a


def worst(results, base, columns):
    orig = results.get((base, 'orig'))
    best = None
    for v in columns:
        res = results.get((base, v))
        if v == 'orig' or res is None or orig is None:
            continue
        ds = [delta(orig[k], res[k]) for k in METRICS]
        known = [d for d in ds if d is not None]
        bad = sum(known) / len(known) if known else 0.0
        if best is None or bad < best[0]:
            best = (bad, v, ds)
    if best is None:
        return ''
    return '%s %s' % (best[1], '/'.join('n/a' if d is None else '%+.2f' % d for d in best[2]))


def print_table(title, plans, columns, results):
    width = 20
    print('\n%s (cells: recall/precision/area_local/kind; "-" no rendition, "!" import failed)' % title)
    print('%-20s ' % 'plan' + ' '.join('%-*s' % (width, c) for c in columns) + ' worst vs orig')
    for p in plans:
        print('%-20s ' % p.label + ' '.join('%-*s' % (width, cell(results.get((p.base, c)))) for c in columns)
              + ' ' + worst(results, p.base, columns))
    totals = []
    for c in columns:
        rows = [results[p.base, c] for p in plans if results.get((p.base, c))]
        totals.append(cell(dict(macro(rows), imported=True)) if rows else '-')
    print('%-20s ' % 'TOTAL' + ' '.join('%-*s' % (width, t) for t in totals))


def import_all(binary, renditions, workdir, jobs):
    """Import every rendition (in parallel): {(base, variant): (output doc, imported ok)}."""
    futures = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        for (base, v), src in renditions.items():
            if isinstance(src, str):
                out = os.path.join(workdir, 'out', v, base + '.json')
                os.makedirs(os.path.dirname(out), exist_ok=True)
                futures[base, v] = pool.submit(run_import, binary, src, out)
    return {k: f.result() for k, f in futures.items()}


def score_all(plans, renditions, outputs, scorer):
    """Score each output against its plan's gold; check each rendition's gold coverage."""
    results, report, warnings = {}, {}, []
    for p in plans:
        rep = report[p.base] = {'set': p.set, 'file': os.path.basename(p.path), 'variants': {}}
        for (base, v), r in renditions.items():
            if base != p.base:
                continue
            if isinstance(r, Unavailable):
                rep['variants'][v] = {'status': 'unavailable', 'reason': str(r)}
                continue
            doc, ok = outputs[base, v]
            res = results[base, v] = dict(scorer.score(p.gold, doc)[0], imported=ok)
            cov, missing = coverage(p, r)
            rep['variants'][v] = {'status': 'ok' if ok else 'import-failed', 'coverage': cov, 'score': res}
            if cov is not None and cov < COVERAGE_MIN:
                warnings.append('WARNING coverage %s %s %.2f: %d gold text(s) not in the rendition, e.g. "%s"'
                                % (p.label, v, cov, len(missing), missing[0][:70]))
    return results, report, warnings


def print_summary(plans, variants, results, fmt):
    """One VARIANT line each (macro over the plans it exists for), with the change against
    orig on the same plans. Returns the figures."""
    totals = {}
    for v in variants:
        bases = [p.base for p in plans if (p.base, v) in results]
        if not bases:
            print('VARIANT %s not produced' % v)
            continue
        tot = macro([results[b, v] for b in bases])
        ref = macro([results[b, 'orig'] for b in bases if (b, 'orig') in results])
        totals[v] = dict(tot, plans=len(bases), orig_same_plans=ref)
        diff = '' if v == 'orig' else '  vs orig on these plans: ' + ' '.join(
            '%s=%s' % (k.replace('_accuracy', ''), 'n/a' if delta(ref[k], tot[k]) is None
                       else '%+.3f' % delta(ref[k], tot[k])) for k in METRICS)
        print('VARIANT %s recall=%s precision=%s area_local=%s kind=%s plans=%d%s'
              % (v, *[fmt(tot[k]) for k in METRICS], len(bases), diff))
    return totals


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('binary')
    ap.add_argument('--only', help='plan base-name prefixes, comma-separated (dev05,u03)')
    ap.add_argument('--variants', help='comma-separated, from: ' + ','.join(ALL_VARIANTS))
    ap.add_argument('--keep', metavar='DIR', help='keep renditions and outputs here')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--json', metavar='FILE', help='write all figures as JSON')
    ap.add_argument('--cache', default=os.path.expanduser('~/.cache/handlingsplan-variants'))
    ap.add_argument('--sets', default=','.join(SETS), help='dev set folders (plans/, gold/)')
    args = ap.parse_args()
    start = time.time()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit('variants: %s is not an executable (make build)' % args.binary)
    variants = ['orig'] + [v.strip() for v in (args.variants or ','.join(ALL_VARIANTS)).split(',') if v.strip()]
    variants = list(dict.fromkeys(variants))          # orig is always run: it is the reference
    unknown = [v for v in variants if v not in ALL_VARIANTS]
    if unknown:
        sys.exit('variants: unknown variant(s) %s; known: %s' % (', '.join(unknown), ', '.join(ALL_VARIANTS)))
    sets = [s for s in args.sets.split(',') if s]
    plans = discover(sets)
    if args.only:
        plans = [p for p in plans if p.base.startswith(tuple(x.strip() for x in args.only.split(',')))]
    if not plans:
        sys.exit('variants: no plans with gold found')
    scorer = load_scorer(os.path.join(sets[0], 'score.py'))

    workdir = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix='variants-')
    os.makedirs(workdir, exist_ok=True)
    try:
        writers = Writers(args.cache, workdir)
        gone = [t for t in ('soffice', 'pdftotext', 'pandoc') if not writers.have[t]]
        if gone:
            print('variants: missing %s; skipping %s' % (', '.join('%s (%s)' % (t, PACKAGE[t]) for t in gone),
                                                         ', '.join(v for v in variants if writers.missing(v))))
        renditions = make_renditions(plans, variants, writers, os.path.join(workdir, 'renditions'))
        t_render = time.time() - start
        outputs = import_all(snapshot(binary, workdir), renditions, workdir, args.jobs)
        results, report, warnings = score_all(plans, renditions, outputs, scorer)

        for title, group, columns in (('DOCUMENTS (docx/odt/xml)', [p for p in plans if not p.is_text], DOC_VARIANTS),
                                      ('TEXT PLANS', [p for p in plans if p.is_text], TEXT_VARIANTS)):
            if group:
                print_table(title, group, [v for v in columns if v in variants], results)
        print('\n' + ''.join(w + '\n' for w in warnings))
        totals = print_summary(plans, variants, results, scorer.fmt)
        elapsed = time.time() - start
        print('\n%d plans, %d renditions imported, %.1f s (renditions %.1f s)%s'
              % (len(plans), len(outputs), elapsed, t_render, ', kept in ' + workdir if args.keep else ''))
        if args.json:
            with open(args.json, 'w', encoding='utf-8') as f:
                json.dump({'binary': binary, 'variants': variants, 'plans': report, 'totals': totals,
                           'warnings': warnings, 'seconds': round(elapsed, 1)}, f, ensure_ascii=False, indent=1)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == '__main__':
    main()
