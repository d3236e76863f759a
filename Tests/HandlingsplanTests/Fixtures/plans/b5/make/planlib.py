"""Shared library of batch b5: the block model, gold derivation and writer helpers.

Every plan module (make/b5_NN_<place>.py) holds its content once, as a list of
blocks.  Goals and measures are Item blocks carrying their gold label (kind, area,
responsible, deadline); every other block is text that is not an item (title,
metadata lines, headings, labels, context paragraphs, table header cells, mail
headers ...) and is recorded as a notItem.  The gold is derived from the block
list by derive_gold(); the plan module's render() walks the *same* list to write
the document, so a gold text is exactly the text handed to the writer.
"""
import json
import os
import shutil
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)                    # .../plans/b5
PLANS = os.path.join(ROOT, 'plans')
GOLD = os.path.join(ROOT, 'gold')
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/lo_b5'

UNSET = object()
KINDS = ('nationalGoal', 'localGoal', 'measure')


# ----------------------------------------------------------------- blocks
class Block(object):
    kind = 'block'

    def __init__(self, text='', **kw):
        self.text = text
        self.kw = kw

    def __getattr__(self, name):
        kw = self.__dict__.get('kw', {})
        if name in kw:
            return kw[name]
        raise AttributeError(name)

    def get(self, name, default=None):
        return self.kw.get(name, default)


class Title(Block):
    kind = 'title'


class Meta(Block):
    """name / avd. / adoption / date line"""
    kind = 'meta'


class Para(Block):
    """context paragraph (introduction, closing, situation) - not an item"""
    kind = 'para'


class Label(Block):
    """sub-heading or label ("Dette vil vi oppnå:", "Konkrete tiltak", "Mål for året")"""
    kind = 'label'


class Area(Block):
    """a heading (or spanning row / list item / merged cell) that names one of the
    six national areas: starts a section whose items take `area`"""
    kind = 'area'

    def __init__(self, text, area, **kw):
        assert area in (1, 2, 3, 4, 5, 6)
        Block.__init__(self, text, **kw)
        self.area = area


class Own(Block):
    """a heading of the branch's own (no area): items below are mapped by content"""
    kind = 'own'


class Header(Block):
    """table header cells (list of strings)"""
    kind = 'header'

    def __init__(self, cells, **kw):
        Block.__init__(self, '', **kw)
        self.cells = list(cells)


class Mark(Block):
    """a structural marker without text (start/end of a table, forwarded part ...)"""
    kind = 'mark'


class Prose(Block):
    """a paragraph of sentences: plain strings are situation sentences (notItems),
    Items are goal/commitment sentences"""
    kind = 'prose'

    def __init__(self, *parts, **kw):
        Block.__init__(self, '', **kw)
        self.parts = list(parts)


class Item(Block):
    """a goal or a measure.  resp / dl: responsible / deadline as the document
    gives them (rendered by the plan's writer, never part of the gold text);
    cells: other cell values of the row (cost, status mark, comment) - notItems."""
    kind = 'item'

    def __init__(self, kind, text, area=UNSET, resp=None, dl=None, cells=None, **kw):
        assert kind in KINDS
        Block.__init__(self, text, **kw)
        self.ikind, self.area, self.resp, self.dl = kind, area, resp, dl
        self.cells = dict(cells or {})


def G(text, area=UNSET, **kw):
    return Item('localGoal', text, area, **kw)


def N(text, area=UNSET, **kw):
    return Item('nationalGoal', text, area, **kw)


def M(text, area=UNSET, resp=None, dl=None, cells=None, **kw):
    return Item('measure', text, area, resp, dl, cells, **kw)


# ----------------------------------------------------------------- gold
def has_tokens(s):
    return any(ch.isalnum() for ch in s)


def derive_gold(blocks, document, plan, extra_not_items=()):
    """Walk the blocks in document order -> gold dict (dev-set format)."""
    items, nots = [], []
    section, sec_area = None, None

    def note(s):
        if s and has_tokens(s) and s not in nots:
            nots.append(s)

    def add(it):
        if sec_area is not None:
            assert it.area is UNSET or it.area == sec_area, (it.text, it.area, sec_area)
            area = sec_area
        else:
            assert it.area is not UNSET, 'item under no area heading needs an area: ' + it.text
            area = it.area
        g = {'kind': it.ikind, 'area': area, 'text': it.text, 'section': section}
        if it.resp:
            g['responsible'] = it.resp
        if it.dl:
            g['deadline'] = it.dl
        items.append(g)
        note(it.resp)
        note(it.dl)
        for v in it.cells.values():
            note(v)

    for b in blocks:
        if b.kind == 'area':
            section, sec_area = b.text, b.area
            note(b.text)
        elif b.kind == 'own':
            section, sec_area = b.text, None
            note(b.text)
        elif b.kind == 'item':
            add(b)
        elif b.kind == 'prose':
            for p in b.parts:
                if isinstance(p, Item):
                    add(p)
                else:
                    note(p)
        elif b.kind == 'header':
            for c in b.cells:
                note(c)
        elif b.kind == 'mark':
            pass
        else:
            note(b.text)
    for s in extra_not_items:
        note(s)
    for it in items:
        for k in ('text', 'section', 'responsible', 'deadline'):
            if it.get(k):
                assert it[k] == unicodedata.normalize('NFC', it[k]), it[k]
    return {'document': document, 'plan': plan, 'items': items, 'notItems': nots}


def write_gold(gold, base):
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, base + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ----------------------------------------------------------------- helpers
def soffice(src, fmt, outdir, filt=None):
    """Convert with LibreOffice headless, private profile; returns the output path."""
    target = fmt if not filt else fmt + ':' + filt
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
                    '--convert-to', target, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    assert os.path.exists(out), out
    return out


def pandoc(src, dst, fmt_from, fmt_to, *args):
    subprocess.run(['pandoc', '-f', fmt_from, '-t', fmt_to, '-o', dst] + list(args) + [src],
                   check=True)
    return dst


def move(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.move(src, dst)
    return dst


def esc(s):
    import html
    return html.escape(s, quote=False)


def wrap(text, width, first='', rest=''):
    """Greedy word wrap: first line prefixed by `first`, others by `rest`."""
    words = text.split(' ')
    lines, cur = [], first
    empty = True
    for w in words:
        if empty:
            cur += w
            empty = False
        elif len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
        else:
            lines.append(cur)
            cur = rest + w
    lines.append(cur)
    return lines


def write_text(path, text, encoding='utf-8', newline='\n', bom=False):
    data = text.replace('\n', newline).encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(path, 'wb') as f:
        f.write(data)


def src_path(name):
    os.makedirs(SRC, exist_ok=True)
    return os.path.join(SRC, name)
