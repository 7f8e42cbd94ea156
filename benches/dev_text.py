"""The dev corpora's pages as JSON Lines records of their id and text, the
input both bench scripts time: python3 benches/dev_text.py EVAL_DIR OUT."""
import json
import sys

eval_dir, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as o:
    for name in ("news-dev.jsonl", "segments-dev.jsonl"):
        for line in open(f"{eval_dir}/{name}", encoding="utf-8"):
            r = json.loads(line)
            o.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
