"""Second-stage re-ranking on top of the linear model's scores (an experiment, not the product).

Per category, a model over the sentence's own score, its rank and margin to the best score in
its document, its neighbours' scores and the other categories' scores, trained on the inner
out-of-fold scores of each outer fold's training documents, threshold from a document-grouped
CV inside them. Prints pooled per-category F1 of the linear model (`base`) and the re-ranker.
Usage: npx tsx bench/experiments/dump-scores.ts /tmp/scores.json
       /usr/bin/python3 bench/experiments/stacking.py /tmp/scores.json lr|hgb
"""
import json, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold
data = json.load(open(sys.argv[1]))
C = 9
CODES = ['a','ch','cr','j','law','ltd','ter','use','pinc']

def arr(rows):
    S = np.array([r['s'] for r in rows]); Y = (np.array([r['y'] for r in rows]) > 0).astype(int)
    docs = np.array([r['doc'] for r in rows]); idx = np.array([r['i'] for r in rows])
    L = np.array([len(r['text']) for r in rows])
    return S, Y, docs, idx, L

def feats(S, docs, idx, L, c):
    n = len(S); F = []
    out = np.zeros((n, 0))
    cols = []
    s = S[:, c]
    dmax = np.zeros(n); rank = np.zeros(n); prev = np.zeros(n); nxt = np.zeros(n); win = np.zeros(n); earlier = np.zeros(n); pos = np.zeros(n); cnt = np.zeros(n)
    for d in np.unique(docs):
        m = np.where(docs == d)[0]
        m = m[np.argsort(idx[m])]
        sd = s[m]
        order = np.argsort(-sd); r = np.empty(len(m)); r[order] = np.arange(len(m))
        dmax[m] = sd.max(); rank[m] = r
        prev[m] = np.concatenate([[sd.min()], sd[:-1]]); nxt[m] = np.concatenate([sd[1:], [sd.min()]])
        for k in range(len(m)):
            lo, hi = max(0,k-2), min(len(m),k+3)
            win[m[k]] = np.max(np.delete(sd[lo:hi], k-lo)) if hi-lo>1 else sd.min()
            earlier[m[k]] = np.sum(sd[:k] > sd[k] - 0.0)
        pos[m] = np.arange(len(m)) / len(m)
        cnt[m] = np.sum(sd > 0)
    other = np.delete(S, c, axis=1)
    X = np.column_stack([s, s - dmax, np.log1p(rank), prev, nxt, win, np.log1p(earlier), pos, np.log1p(cnt), np.log(L+1), other, np.maximum(other.max(1),0)])
    return X

def f1(y, p):
    tp = np.sum(y & p); fp = np.sum(~y & p); fn = np.sum(y & ~p)
    return (2*tp/(2*tp+fp+fn)) if tp else 0.0, tp, fp, fn

def best_thr(prob, y):
    o = np.argsort(-prob); ys = y[o]; tp = np.cumsum(ys); fp = np.cumsum(1-ys); P = ys.sum()
    f = 2*tp/(tp+fp+P); k = np.argmax(f); return prob[o][k]

mode = sys.argv[2] if len(sys.argv) > 2 else 'lr'
tot = {c: [0,0,0] for c in range(C)}; base = {c: [0,0,0] for c in range(C)}
det = [0,0,0]; detb=[0,0,0]
for fold in data:
    Str, Ytr, Dtr, Itr, Ltr = arr(fold['train']); Ste, Yte, Dte, Ite, Lte = arr(fold['test'])
    predb = np.zeros_like(Yte, dtype=bool); pred = np.zeros_like(Yte, dtype=bool)
    for c in range(C):
        cal = fold['cal'][c]; a, b = cal['cal']['a'], cal['cal']['b']
        pb = 1/(1+np.exp(a*Ste[:,c]+b)) >= cal['thr']; predb[:,c] = pb
        Xtr = feats(Str, Dtr, Itr, Ltr, c); Xte = feats(Ste, Dte, Ite, Lte, c)
        y = Ytr[:,c]
        def mk():
            if mode == 'lr': return LogisticRegression(C=1.0, max_iter=2000, class_weight={0:1,1:2})
            return HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20, random_state=0)
        # inner CV for threshold
        oof = np.zeros(len(y))
        for tr, te in GroupKFold(5).split(Xtr, y, Dtr):
            m = mk().fit(Xtr[tr], y[tr]); oof[te] = m.predict_proba(Xtr[te])[:,1]
        thr = best_thr(oof, y)
        m = mk().fit(Xtr, y); p = m.predict_proba(Xte)[:,1] >= thr; pred[:,c] = p
    for c in range(C):
        for T, P in ((tot, pred), (base, predb)):
            _, tp, fp, fn = f1(Yte[:,c].astype(bool), P[:,c]); T[c][0]+=tp; T[c][1]+=fp; T[c][2]+=fn
    for D, P in ((det, pred), (detb, predb)):
        g = Yte.any(1); p = P.any(1); D[0]+=np.sum(g&p); D[1]+=np.sum(~g&p); D[2]+=np.sum(g&~p)
def F(t): return 2*t[0]/(2*t[0]+t[1]+t[2])
print('base', ' '.join(f'{CODES[c]}:{F(base[c]):.3f}' for c in range(C)), 'macro %.4f det %.4f' % (np.mean([F(base[c]) for c in range(C)]), F(detb)))
print('stk ', ' '.join(f'{CODES[c]}:{F(tot[c]):.3f}' for c in range(C)), 'macro %.4f det %.4f' % (np.mean([F(tot[c]) for c in range(C)]), F(det)))
