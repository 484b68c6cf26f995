#!/usr/bin/env python3
"""Wall time that threads spent blocked (JFR SocketRead = waiting for PostgreSQL, ThreadPark, ThreadSleep,
JavaMonitorWait), summed per thread group. Only events above the recording's threshold (10-20 ms in the
"profile" settings) are recorded, so short waits are missing. Usage: jfr-waits.py rec.jfr [from] [to]"""
import collections, json, re, subprocess, sys
rec = sys.argv[1]; t_from = sys.argv[2] if len(sys.argv) > 2 else ''; t_to = sys.argv[3] if len(sys.argv) > 3 else ''
out = collections.Counter(); cnt = collections.Counter()
for ev in ('jdk.SocketRead', 'jdk.ThreadPark', 'jdk.ThreadSleep', 'jdk.JavaMonitorWait'):
    data = json.loads(subprocess.run(['jfr', 'print', '--json', '--stack-depth', '1', '--events', ev, rec],
                                     capture_output=True, text=True).stdout)
    for e in data['recording']['events']:
        v = e['values']; t = v['startTime'][11:19]
        if (t_from and t < t_from) or (t_to and t > t_to):
            continue
        name = re.sub(r'[0-9]+', '', ((v.get('eventThread') or {}).get('javaName') or '?')).rstrip('-#')
        d = v['duration']  # e.g. PT0.012S
        secs = float(re.sub(r'[^0-9.]', '', d)) if d.endswith('S') and 'M' not in d else 0.0
        out[(ev, name)] += secs; cnt[(ev, name)] += 1
for (ev, name), secs in sorted(out.items(), key=lambda x: -x[1])[:20]:
    print(f'{secs:8.1f} s {cnt[(ev, name)]:6d}x  {ev:20s} {name}')
