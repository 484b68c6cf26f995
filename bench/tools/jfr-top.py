#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples: per thread group, the hottest top frames, the hottest
journal frames (first dk.samskabelse frame) and the hottest "interesting" frames (first frame in a JDBC driver,
Hibernate, Jackson, Axon ...). Usage: jfr-top.py recording.jfr [thread-substring] [from-HH:MM:SS] [to-HH:MM:SS]"""
import collections, json, subprocess, sys

rec = sys.argv[1]
thread_filter = sys.argv[2] if len(sys.argv) > 2 else ''
t_from = sys.argv[3] if len(sys.argv) > 3 else ''
t_to = sys.argv[4] if len(sys.argv) > 4 else ''
data = json.loads(subprocess.run(['jfr', 'print', '--json', '--stack-depth', '64', '--events', 'jdk.ExecutionSample', rec],
                                 capture_output=True, text=True).stdout)
events = data['recording']['events']
top = collections.Counter(); ours = collections.Counter(); groups = collections.Counter(); libs = collections.Counter()
n = 0
for e in events:
    v = e['values']
    t = v['startTime'][11:19]
    if (t_from and t < t_from) or (t_to and t > t_to):
        continue
    name = (v.get('sampledThread') or {}).get('javaName') or '?'
    if thread_filter not in name:
        continue
    frames = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name']
              for f in (v['stackTrace'] or {}).get('frames', [])]
    frames = [f for f in frames if 'Lambda' not in f]
    if not frames:
        continue
    n += 1
    g = ''.join(c for c in name if not c.isdigit()).rstrip('-#')
    groups[g] += 1
    top[frames[0]] += 1
    mine = ' < '.join([f for f in frames if f.startswith('dk.samskabelse') and '.bench.' not in f][:3]) or None
    if mine:
        ours[mine] += 1
    lib = next((f for f in frames if len(f.split('.')) > 2 and f.split('.')[1] in ('postgresql', 'hibernate', 'fasterxml', 'axonframework', 'zaxxer')
                or f.startswith('java.util.regex') or f.startswith('dk.samskabelse')), None)
    if lib:
        libs[lib] += 1
print(f'{n} samples')
for title, c in (('threads', groups), ('top frames', top), ('first journal frame', ours), ('first library/journal frame', libs)):
    print(f'--- {title}')
    for k, cnt in c.most_common(15):
        print(f'{cnt:6d} {100.0 * cnt / max(1, n):5.1f}%  {k}')
