"""scikit-learn baseline for Counterweight's evaluation and benchmark.

TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True) + LinearSVC(class_weight="balanced"),
one classifier per category, on exactly the folds and sentences the TypeScript side sends.

Usage: python3 baseline.py cv INPUT.json     -> {"predictions": {doc: [[cat, ...] per sentence]}}
       python3 baseline.py bench INPUT.json  -> {"sentences": n, "sentencesPerSecond": x}
INPUT.json: {"categories": [...], "documents": [{"name", "sentences": [...], "labels": [[cat, ...]]}],
             "folds": [{"train": [names], "test": [names]}]}
"""

import json
import statistics
import sys
import time
import warnings

try:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC
except ImportError:
    sys.stderr.write("scikit-learn is missing: run `apt-get install -y python3-sklearn`\n")
    sys.exit(3)

warnings.filterwarnings("ignore")


def fit(documents, categories):
    texts = [s for d in documents for s in d["sentences"]]
    labels = [set(l) for d in documents for l in d["labels"]]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    models = {}
    for category in categories:
        y = [1 if category in l else 0 for l in labels]
        if sum(y) == 0:
            models[category] = None
            continue
        models[category] = LinearSVC(class_weight="balanced", random_state=0).fit(matrix, y)
    return vectorizer, models


def predict(vectorizer, models, texts):
    matrix = vectorizer.transform(texts)
    decided = [[] for _ in texts]
    for category, model in models.items():
        if model is None:
            continue
        for i, label in enumerate(model.predict(matrix)):
            if label == 1:
                decided[i].append(category)
    return decided


def cross_validate(data):
    by_name = {d["name"]: d for d in data["documents"]}
    predictions = {}
    for fold in data["folds"]:
        vectorizer, models = fit([by_name[n] for n in fold["train"]], data["categories"])
        for name in fold["test"]:
            predictions[name] = predict(vectorizer, models, by_name[name]["sentences"])
    return {"predictions": predictions}


def bench(data):
    vectorizer, models = fit(data["documents"], data["categories"])
    texts = [s for d in data["documents"] for s in d["sentences"]]
    predict(vectorizer, models, texts[:2000])  # warm-up
    times = []
    for _ in range(5):
        start = time.perf_counter()
        predict(vectorizer, models, texts)
        times.append(time.perf_counter() - start)
    return {"sentences": len(texts), "sentencesPerSecond": len(texts) / statistics.median(times)}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("cv", "bench"):
        sys.stderr.write("usage: baseline.py cv|bench INPUT.json\n")
        sys.exit(2)
    with open(sys.argv[2], encoding="utf-8") as handle:
        data = json.load(handle)
    result = cross_validate(data) if sys.argv[1] == "cv" else bench(data)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
