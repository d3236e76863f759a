"""Shared helpers for batch b7: gold recording and the office writers.

Every plan module in make/plans/ holds its content once, as block data (lists of
tuples), and renders it with a real writer.  While rendering, every goal / measure
is passed through Gold.item() and every other piece of text that an importer might
take for an item through Gold.no(); both return the text unchanged, so the gold is
written from exactly the strings that went into the document, in document order.
"""
import json
import os
import subprocess
import unicodedata

NG, LG, ME = 'nationalGoal', 'localGoal', 'measure'
PROFILE = 'file:///tmp/lo-b7'


def flat(s):
    """Gold text: line breaks / NBSP / runs of spaces -> one space, NFC."""
    return unicodedata.normalize('NFC', ' '.join(s.replace('\u00a0', ' ').split()))


class Gold:
    def __init__(self, document, union, branch, period_from, period_to, adopted, language):
        self.document = document
        self.plan = dict(union=union, branch=branch, periodFrom=period_from,
                         periodTo=period_to, adopted=adopted, language=language)
        self.items = []
        self.not_items = []

    def item(self, kind, area, text, section, responsible=None, deadline=None):
        assert kind in (NG, LG, ME), kind
        assert area is None or area in range(1, 7), area
        it = dict(kind=kind, area=area, text=flat(text), section=section)
        if responsible:
            it['responsible'] = flat(responsible)
        if deadline:
            it['deadline'] = flat(deadline)
        self.items.append(it)
        return text

    def no(self, text):
        t = flat(text)
        if t and t not in self.not_items:
            self.not_items.append(t)
        return text

    def as_json(self):
        return dict(document=self.document, plan=self.plan, items=self.items,
                    notItems=self.not_items)

    def write(self, path):
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(self.as_json(), f, ensure_ascii=False, indent=1)
            f.write('\n')


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        raise SystemExit('command failed: %r\n%s' % (cmd, r.stderr.decode('utf-8', 'replace')))
    return r.stdout


def soffice(src, convert_to, outdir, infilter=None):
    """LibreOffice headless with the private profile; returns the output path."""
    cmd = ['soffice', '-env:UserInstallation=' + PROFILE, '--headless']
    if infilter:
        cmd += ['--infilter=' + infilter]
    cmd += ['--convert-to', convert_to, '--outdir', outdir, src]
    run(cmd)
    ext = convert_to.split(':')[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)
    if not os.path.exists(out):
        raise SystemExit('soffice wrote no %s' % out)
    return out


def xml_escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;'))


def md_escape(s):
    """Markdown: a text starting with '1. ' would become a list; escape the dot."""
    import re
    return re.sub(r'^(\d+)\. ', r'\1\\. ', s)
