"""How much better the linear model would score with the best threshold chosen on the test
sentences themselves (a ceiling for threshold tuning, never used to choose anything).
Usage: /usr/bin/python3 bench/experiments/threshold-ceiling.py /tmp/scores.json
"""
import json, sys
import numpy as np
data = json.load(open(sys.argv[1]))
CODES = ['a','ch','cr','j','law','ltd','ter','use','pinc']
res=[]
for c in range(9):
    P=[];Y=[]
    for fold in data:
        cal=fold['cal'][c]
        for r in fold['test']:
            P.append(1/(1+np.exp(cal['cal']['a']*r['s'][c]+cal['cal']['b'])) - cal['thr']); Y.append(r['y'][c]>0)
    P=np.array(P);Y=np.array(Y)
    o=np.argsort(-P); ys=Y[o]; tp=np.cumsum(ys); fp=np.cumsum(~ys); f=2*tp/(tp+fp+Y.sum())
    k=np.argmax(f); cur = f[np.sum(P>=0)-1]
    res.append(f.max()); print(CODES[c], 'cur %.3f oracle %.3f at rank %d vs %d' % (cur, f.max(), k+1, np.sum(P>=0)), 'pos', Y.sum())
print('oracle macro', np.mean(res))
