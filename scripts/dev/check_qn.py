#!/usr/bin/env python3
"""Throwaway check of the Quảng Ninh rules: quotes vs. a mini provision tree, ids, agencies, schedules."""
import glob, os, re, sys, tomllib, unicodedata

SEED = glob.glob('/work/shared/seeds/001_*.txt')[0]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
# seed line number -> restored article heading inserted before it (attachment only)
RESTORED = {26: 1, 27: 2, 28: 3, 169: 17, 185: 20, 194: 22, 196: 23, 199: 24, 218: 29, 224: 31, 235: 33, 236: 34, 237: 35}
ATT_START, CUT = 24, 241
CHAPTER_LINES = {148}

def clean(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ').replace('\u200b', '')
    s = re.sub(r'^#+\s*', '', s).replace('**', '')
    return s.strip().rstrip('|').strip()

lines = open(SEED, encoding='utf-8').read().split('\n')
nodes = {}  # eid -> {'text': [lines], 'heading': str}
def add(eid, heading=None):
    nodes[eid] = {'text': [], 'heading': heading}
    return eid
cur_art = cur_para = cur_point = None
prefix = ''
for no, raw in enumerate(lines, 1):
    if no >= CUT:
        break
    line = clean(raw)
    if not line:
        continue
    if no == ATT_START:
        prefix, cur_art, cur_para, cur_point = 'att_1__', None, None, None
        continue
    if no in CHAPTER_LINES:
        cur_art = cur_para = cur_point = None
        continue
    if prefix and no in RESTORED:
        cur_art = add(f'{prefix}art_{RESTORED[no]}', '(restored)'); cur_para = cur_point = None
    m = re.match(r'^Điều (\d+)\.\s*(.*)$', line)
    if m:
        cur_art = add(f'{prefix}art_{m.group(1)}', m.group(2)); cur_para = cur_point = None
        continue
    if cur_art is None:
        continue
    m = re.match(r'^(\d+)\.\s+(.*)$', line)
    if m:
        cur_para = add(f'{cur_art}__para_{m.group(1)}'); cur_point = None
        nodes[cur_para]['text'].append(m.group(2)); continue
    m = re.match(r'^([a-zđ])\)\s+(.*)$', line)
    if m and cur_para:
        letter = 'dd' if m.group(1) == 'đ' else m.group(1)
        cur_point = add(f'{cur_para}__point_{letter}')
        nodes[cur_point]['text'].append(m.group(2)); continue
    nodes[cur_point or cur_para or cur_art]['text'].append(line)

if '--dump' in sys.argv:
    for e, n in nodes.items():
        print(e, '|', n['heading'] or '', '|', ' // '.join(n['text'])[:100])
    sys.exit()

ag = tomllib.load(open(f'{ROOT}/data/agencies/quang-ninh.toml', 'rb'))['agency']
ids = {a['id'] for a in ag}
VN = {'vn/chinh-phu', 'vn/thu-tuong', 'vn/bo-tttt', 'vn/bo-ngoai-giao', 'vn/bo-vhttdl', 'vn/bo-khcn', 'vn/cuc-ttdn', 'vn/ban-tuyen-giao-tw'}
known = ids | VN
errs = []
assert len(ids) == len(ag), 'duplicate agency id'
for a in ag:
    for m in a.get('members', []):
        if m not in known: errs.append(f'agency {a["id"]}: unknown member {m}')
rules = tomllib.load(open(f'{ROOT}/data/instruments/quang-ninh/38-2018-qd-ubnd/rules.toml', 'rb'))
ROLES = {'lead', 'coordinate', 'advise', 'guide', 'approve', 'report', 'provide_info', 'implement'}
WHATS = {'report', 'plan', 'portal_information', 'information', 'press_conference', 'briefing', 'other'}
seen = set()
used_vn = set()
def check_quote(kind, r):
    n = nodes.get(r['eid'])
    if n is None:
        errs.append(f'{kind} {r["id"]}: no node {r["eid"]}'); return
    q = r['quote']
    if q != unicodedata.normalize('NFC', q): errs.append(f'{kind} {r["id"]}: quote not NFC')
    if '\n' in q: errs.append(f'{kind} {r["id"]}: multi-line quote')
    if not any(q in t for t in n['text']):
        if n['heading'] and q in n['heading'] and not r['eid'].startswith('att_'):
            print(f'NOTE {kind} {r["id"]}: quote is in the heading line of decision article {r["eid"]}')
        else:
            errs.append(f'{kind} {r["id"]}: quote not in {r["eid"]}: {q!r}')
def check_ids(kind, r, fields):
    for f in fields:
        vals = r[f] if isinstance(r[f], list) else [r[f]]
        for v in vals:
            if v not in known: errs.append(f'{kind} {r["id"]}: unknown agency {v}')
            if v.startswith('vn/'): used_vn.add(v)
for d in rules.get('duty', []):
    if d['id'] in seen: errs.append(f'dup id {d["id"]}')
    seen.add(d['id'])
    if set(d) - {'id', 'eid', 'bearer', 'role', 'counterparts', 'summary', 'quote'}: errs.append(f'duty {d["id"]}: extra keys')
    if d['role'] not in ROLES: errs.append(f'duty {d["id"]}: role {d["role"]}')
    check_ids('duty', d, ['bearer', 'counterparts'])
    check_quote('duty', d)
def check_schedule(where, s):
    k = s.get('kind')
    if k in ('annual', 'semiannual', 'quarterly', 'monthly', 'weekly'):
        if set(s) - {'kind', 'times', 'month', 'day', 'weekday', 'inclusive'}: errs.append(f'{where}: schedule keys {s}')
        if 'day' in s and 'inclusive' not in s: errs.append(f'{where}: day without inclusive')
        if k == 'annual' and 'month' in s and not 1 <= s['month'] <= 12: errs.append(f'{where}: month')
        if 'day' in s and not 1 <= s['day'] <= 31: errs.append(f'{where}: day')
    elif k == 'on_request':
        if set(s) - {'kind', 'note'}: errs.append(f'{where}: schedule keys {s}')
    elif k == 'event':
        if set(s) - {'kind', 'event', 'timing', 'days'} or s.get('timing') not in ('before', 'at', 'after') or not s.get('event'):
            errs.append(f'{where}: event schedule {s}')
    else:
        errs.append(f'{where}: schedule kind {k}')
obls = {}
for o in rules.get('obligation', []):
    if o['id'] in seen: errs.append(f'dup id {o["id"]}')
    seen.add(o['id'])
    if set(o) - {'id', 'eid', 'from', 'to', 'what', 'template', 'schedule', 'summary', 'quote'}: errs.append(f'obl {o["id"]}: extra keys')
    if o['what'] not in WHATS: errs.append(f'obl {o["id"]}: what')
    check_ids('obligation', o, ['from', 'to'])
    check_schedule(f'obligation {o["id"]}', o['schedule'])
    check_quote('obligation', o)
    obls.setdefault(o['eid'], []).append(o)
exp = tomllib.load(open(f'{ROOT}/tests/expected/quang-ninh.toml', 'rb')).get('expected', [])
for i, e in enumerate(exp):
    w = f'expected #{i} {e["eid"]}'
    if e['eid'] not in nodes: errs.append(f'{w}: no node')
    check_schedule(w, e['schedule'])
    for v in e['from'] + e['to']:
        if v not in known: errs.append(f'{w}: unknown agency {v}')
    match = [o for o in obls.get(e['eid'], []) if sorted(o['from']) == sorted(e['from']) and sorted(o['to']) == sorted(e['to']) and o['what'] == e['what'] and o['schedule'] == e['schedule']]
    if len(match) != 1: errs.append(f'{w}: {len(match)} matching obligations')
if len(exp) != len(rules.get('obligation', [])): print(f'NOTE {len(exp)} expected rows vs {len(rules.get("obligation", []))} obligations')
print('\n'.join(errs))
print(f'{len(ag)} agencies, {len(rules.get("duty", []))} duties, {len(rules.get("obligation", []))} obligations, {len(exp)} expected; {len(errs)} errors; vn ids used: {sorted(used_vn)}')
sys.exit(1 if errs else 0)
