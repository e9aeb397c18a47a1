"""Does Python's bokeh.client accept what bokeh-ts sends? Run by hand after dump_ours.ts:

    npx tsx document/test/python/dump_ours.ts                 # → scratch/ours.json
    scratch/pyenv/bin/python document/test/python/check_ours.py [scratch/ours.json]

Each document goes through the client's pull path (a PULL-DOC-REPLY assembled from its frames,
then push_to_document); each patch is applied to a Python copy of its base document the way
ClientSession applies a PATCH-DOC. The result is then compared with the facts bokeh-ts wrote
about its own side. Prints one line per case and every error; exits 1 if any case failed.

Known (Python 3.9.2): a ColumnDataChanged with `cols` makes Python replace `data` with only the
listed columns (it ignores `cols`; Python's own server sends that form too), so a patch using
updateColumns shows a DIFF in `data` there.
"""
import base64
import json
import pathlib
import sys
import traceback
import warnings

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from make_fixtures import plain  # noqa: E402  (the same "plain" form as the fixtures)

from bokeh.core.property.dataspec import DataSpec  # noqa: E402
from bokeh.document import Document  # noqa: E402
from bokeh.model import Model  # noqa: E402
from bokeh.protocol import Protocol  # noqa: E402

PROTOCOL = Protocol()


def receive(msgtype, content, buffers):
    """A message as the client's receiver assembles it from text and binary frames."""
    header = {"msgid": "ts1", "msgtype": msgtype, "num_buffers": len(buffers)}
    if msgtype == "PULL-DOC-REPLY":
        header["reqid"] = "req1"
    msg = PROTOCOL.assemble(json.dumps(header), "{}", json.dumps(content, allow_nan=False))
    for id, data in buffers.items():
        msg.assemble_buffer({"id": id}, base64.b64decode(data))
    return msg


def pull(case):
    doc = Document()
    receive("PULL-DOC-REPLY", {"doc": case["json"]}, case["buffers"]).push_to_document(doc)
    return doc


def unwrap_scalars(rep, hits):
    """Workaround for a known bug, to see past it: bokeh-ts sends BokehJS scalar "specs" as
    {"type": "value", "value": v}; where Python's property is no DataSpec, make it the bare v."""
    if isinstance(rep, list):
        for item in rep:
            unwrap_scalars(item, hits)
    elif isinstance(rep, dict):
        cls = Model.model_class_reverse_map.get(rep.get("name")) if rep.get("type") == "object" else None
        for attr, value in (rep.get("attributes") or {}).items() if cls else ():
            prop = cls.lookup(attr, raises=False)
            if prop and not isinstance(prop.property, DataSpec) and isinstance(value, dict) \
                    and value.get("type") == "value" and value.keys() <= {"type", "value"}:
                rep["attributes"][attr] = value["value"]
                hits.add(f"{rep['name']}.{attr}")
        for value in rep.values():
            unwrap_scalars(value, hits)
    return rep


def differences(doc, expect):
    """Where Python's decoded document differs from the facts bokeh-ts recorded."""
    out = []
    models = {m.id: m for m in {*doc.models, *doc.config.references()}}
    types = {id: m.__qualified_model__ for id, m in models.items()}
    if doc.title != expect["title"]:
        out.append(f"title: {doc.title!r} vs ours {expect['title']!r}")
    if [r.id for r in doc.roots] != expect["roots"]:
        out.append(f"roots: {[r.id for r in doc.roots]} vs ours {expect['roots']}")
    for id in sorted(types.keys() | expect["models"].keys()):
        if types.get(id) != expect["models"].get(id):
            out.append(f"model {id}: {types.get(id)} in Python vs {expect['models'].get(id)} in ours")
    values = {}
    for id, attr, ours, ours_spec in expect["values"]:
        if id not in models:
            continue
        if id not in values:
            values[id] = models[id].properties_with_values(include_defaults=True)
        if attr not in values[id]:
            out.append(f"{types[id]}.{attr}: Python has no such property")
            continue
        theirs = plain(values[id][attr])
        # DataSpecs come out of Python as Value/Field/Expr: compare with our wire form of the spec
        is_spec = isinstance(theirs, dict) and theirs.keys() & {"value", "field", "expr"} and ours_spec is not None
        expected = ours_spec if is_spec else ours
        if theirs != expected and isinstance(expected, str):  # Python normalizes e.g. "dashed" → [6]
            expected = plain(models[id].lookup(attr).property.transform(expected))
        if theirs != expected:
            out.append(f"{types[id]}({id}).{attr}: Python {json.dumps(theirs)[:300]} vs ours {json.dumps(expected)[:300]}")
    return out


class Session:
    """Stands in for ClientSession as the setter of applied patches (no echo)."""


def run(name, fn, expect):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            doc = fn()
        diffs = differences(doc, expect) + [f"warning: {w.message}" for w in caught]
    except Exception as e:
        print(f"FAIL  {name}: {e!r}")
        traceback.print_exc(limit=4)
        return False
    print(f"{'ok   ' if not diffs else 'DIFF '} {name}")
    for d in diffs:
        print(f"        {d}")
    return not diffs


def main():
    root = pathlib.Path(__file__).resolve().parents[3]
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "scratch" / "ours.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    results = []
    for case in data["docs"]:
        results.append(run(f"doc: {case['name']}", lambda: pull(case), case["expect"]))
    for case in data["patches"]:
        def apply(case=case):
            doc = pull(case["base"])
            receive("PATCH-DOC", case["json"], case["buffers"]).apply_to_document(doc, Session())
            return doc
        results.append(run(f"patch: {case['name']}", apply, case["expect"]))
    print(f"{sum(results)} of {len(results)} accepted without differences")
    if not all(results):  # once more with the workaround, to find what else fails
        hits = set()
        unwrap_scalars(data, hits)
        print(f"\nwith scalar values unwrapped ({', '.join(sorted(hits))}):")
        again = [run(f"doc: {c['name']}", lambda c=c: pull(c), c["expect"]) for c in data["docs"]]
        for case in data["patches"]:
            def apply(case=case):
                doc = pull(case["base"])
                receive("PATCH-DOC", case["json"], case["buffers"]).apply_to_document(doc, Session())
                return doc
            again.append(run(f"patch: {case['name']}", apply, case["expect"]))
        print(f"{sum(again)} of {len(again)} accepted without differences")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
