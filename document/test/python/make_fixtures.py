"""Writes fixtures.json: documents and PATCH-DOC messages exactly as Python's bokeh.client
puts them on the wire, plus plain-JSON facts about the Python-side result.

Run manually with a Python that has bokeh 3.9 / numpy / pandas (see README note in
python_interop.test.ts):  scratch/pyenv/bin/python document/test/python/make_fixtures.py

A case is {name, kind, json, buffers, expect} (+ base for patches):
  kind "doc":   json = the DocJson of a PUSH-DOC message, buffers = its binary buffers
                (one case uses doc.to_json(deferred=False): inline gzip+base64 bytes instead)
  kind "patch": base = {json, buffers} of the PULL-DOC-REPLY the client pulled; json = the
                list of PATCH-DOC contents the client sent (one message per change event, as
                bokeh.client does); buffers = all their buffers (ids are unique)
  buffers are {id: base64 of the raw bytes}
  expect = {title, roots, models: {id: type}, values: [[id, attr, plain value]]} of the
           sender's document after the change; "plain" is defined in plain() below.
"""
import base64
import datetime as dt
import json
import math
import pathlib

import numpy as np
import pandas as pd
from bokeh import __version__
from bokeh.core.property.vectorization import Expr, Field, Value
from bokeh.document import Document
from bokeh.events import ButtonClick
from bokeh.layouts import column
from bokeh.models import (
    Button, ColumnDataSource, CustomJS, DatePicker, DateRangeSlider, Div, Range1d, Select, Slider,
    Span, TextInput,
)
from bokeh.plotting import figure
from bokeh.protocol import Protocol
from bokeh.util.dataclasses import Unspecified
from bokeh.util.serialization import convert_datetime_type, transform_array, transform_series

PROTOCOL = Protocol()


# ---- plain JSON values: what a test compares against our decoded values -------------------

def plain(v):
    """NaN/±inf → "NaN"/"Infinity"/"-Infinity"; arrays → (nested) lists; models → {"id"};
    sets → {"__set__": sorted}; dicts with non-string keys → {"__map__": sorted pairs};
    datetimes → ms since epoch (as Python encodes them); dates → ISO strings."""
    from bokeh.model import Model
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, Model):
        return {"id": v.id}
    if isinstance(v, (Value, Field, Expr)):
        kind = type(v).__name__.lower()
        out = {kind: plain(getattr(v, kind))}
        for key in ("transform", "units"):
            if getattr(v, key) is not Unspecified:
                out[key] = plain(getattr(v, key))
        return out
    if isinstance(v, (pd.Series, pd.Index)):
        return plain(transform_series(v))
    if isinstance(v, np.ndarray):
        return plain(transform_array(v).tolist())
    if isinstance(v, (dt.datetime, np.datetime64, pd.Timestamp)):
        return plain(convert_datetime_type(v))
    if isinstance(v, np.generic):
        return plain(v.item())
    if isinstance(v, (int, float)):
        if isinstance(v, float) and not math.isfinite(v):
            return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
        return v
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return {"__set__": sorted((plain(x) for x in v), key=json.dumps)}
    if isinstance(v, dict):
        if all(isinstance(k, str) for k in v):
            return {k: plain(x) for k, x in v.items()}
        return {"__map__": sorted(([plain(k), plain(x)] for k, x in v.items()), key=json.dumps)}
    raise TypeError(f"no plain form for {type(v)}")


def state(doc):
    # the document's models and its config's (DocumentConfig, Notifications)
    models = sorted({*doc.models, *doc.config.references()}, key=lambda m: m.id)
    return {
        "title": doc.title,
        "roots": [r.id for r in doc.roots],
        "models": {m.id: m.__qualified_model__ for m in models},
        "values": [[m.id, k, plain(v)] for m in models
                   for k, v in sorted(m.properties_with_values(include_defaults=False).items())],
    }


# ---- the wire --------------------------------------------------------------------------------

def wire(msg):
    """(parsed content JSON, {buffer id: base64}) as a websocket peer receives the message."""
    return json.loads(msg.content_json), {b.id: base64.b64encode(bytes(b.data)).decode() for b in msg.buffers}


def doc_case(name, doc, inline=False):
    if inline:  # standalone form: bytes inline as base64(gzip(raw)), no buffers
        return {"name": name, "kind": "doc", "json": doc.to_json(deferred=False), "buffers": {}, "expect": state(doc)}
    content, buffers = wire(PROTOCOL.create("PUSH-DOC", doc))
    return {"name": name, "kind": "doc", "json": content["doc"], "buffers": buffers, "expect": state(doc)}


class Recorder:
    """Stands in for ClientSession: every document change becomes one PATCH-DOC message."""
    def __init__(self):
        self.messages = []

    def _document_patched(self, event):
        self.messages.append(wire(PROTOCOL.create("PATCH-DOC", [event])))


def patch_case(name, make_base, change):
    server = make_base()
    reply = PROTOCOL.create("PULL-DOC-REPLY", "req1", server)
    base, base_buffers = wire(reply)
    # the client side of pull(): reassemble the received frames, then replace its document
    received = PROTOCOL.assemble(reply.header_json, reply.metadata_json, reply.content_json)
    for b in reply.buffers:
        received.assemble_buffer({"id": b.id}, bytes(b.data))
    client = Document()
    received.push_to_document(client)
    recorder = Recorder()
    client.callbacks.on_change_dispatch_to(recorder)
    change(client, lambda n: client.select_one({"name": n}))
    assert recorder.messages, f"{name}: no patch was sent"
    buffers = {k: v for _, bufs in recorder.messages for k, v in bufs.items()}
    return {"name": name, "kind": "patch", "base": {"json": base["doc"], "buffers": base_buffers},
            "json": [content for content, _ in recorder.messages], "buffers": buffers, "expect": state(client)}


# ---- documents -------------------------------------------------------------------------------

def widgets_doc():
    slider = Slider(start=0, end=10, value=3, step=0.5, title="amp", name="slider",
                    tags=[{"a": 1, "b": [1, 2.5]}, "x", 3.5, {1: "one"}])
    select = Select(options=["a", "b", ("c", "C")], value="a", name="select")
    text = TextInput(value="typed", placeholder="type", name="text")
    button = Button(label="Go", button_type="success", name="button")
    button.on_event("button_click", lambda event: None)  # → subscribed_events set
    button.js_on_event("button_click", CustomJS(code="console.log('click')"))
    div = Div(text="<b>hi</b>", name="div")
    slider.js_on_change("value", CustomJS(args=dict(div=div), code="div.text = String(cb_obj.value)"))
    picker = DatePicker(value=dt.date(2024, 1, 2), name="picker")
    dates = DateRangeSlider(start=dt.datetime(2024, 1, 1), end=dt.datetime(2024, 12, 31),
                            value=(dt.datetime(2024, 3, 1, 12, 30), dt.date(2024, 6, 1)), name="dates")
    doc = Document(title="widgets")
    doc.add_root(column(slider, select, text, button, div, picker, dates, name="layout"))
    return doc


def numpy_source():
    return ColumnDataSource(name="source", data={
        "f64": np.array([1.5, np.nan, np.inf, -np.inf, 0.0]),
        "f32": np.array([0.1, 2.5, np.nan, 4, 5], dtype=np.float32),
        "i32": np.array([1, -2, 3, 4, 2**31 - 1], dtype=np.int32),
        "i64": np.array([1, 2, 3, -4, 5], dtype=np.int64),            # fits → int32
        "big": np.array([1, 2**40, 3, 4, 5], dtype=np.int64),         # does not fit → object list
        "u8": np.array([0, 1, 127, 200, 255], dtype=np.uint8),
        "flag": np.array([True, False, True, True, False]),
        "when": np.array(["2024-01-01T00:00", "NaT", "2024-01-01T00:00:01.5", "1969-12-31", "2038-01-20"], dtype="datetime64[ms]"),
        "list": [1, float("nan"), float("inf"), -float("inf"), 2],
        "stamps": [dt.datetime(2024, 5, 6, 7, 8, 9), pd.Timestamp("2020-02-29T12:00"), np.datetime64("2001-01-01"), None, dt.datetime(1970, 1, 1)],
        "strs": np.array(["a", "b", "c", "d", "é"]),
    })


def numpy_doc():
    doc = Document(title="numpy")
    doc.add_root(numpy_source())
    return doc


def pandas_doc():
    df = pd.DataFrame({
        "x": [1.0, 2.0, np.nan], "n": [1, 2, 3], "s": ["a", "b", "c"],
        "t": pd.to_datetime(["2024-01-01", "2024-01-02", None]),
    }, index=pd.Index([10, 20, 30], name="idx"))
    doc = Document()
    doc.add_root(ColumnDataSource(df, name="frame"))
    return doc


def figure_doc():
    p = figure(title="glyphs", x_axis_type="datetime", tools="pan,wheel_zoom,hover", name="fig")
    t = np.array(["2024-01-01", "2024-01-02", "2024-01-03"], dtype="datetime64[D]")
    p.scatter(t, [1, float("nan"), 3], size=np.array([5, 10, 15]), color="navy", marker="triangle", legend_label="pts")
    p.line(t, np.array([1.0, 2.0, np.inf]), line_dash="dashed", line_width=2)
    p.vbar(x=t, top=np.array([1, 2, 3], dtype=np.float32), width=dt.timedelta(hours=12), fill_alpha=0.5)
    p.multi_line([[1, 2, 3], [4, 5]], [[1, float("nan"), 2], np.array([3.0, 4.0])], line_color=["red", "blue"])
    p.patches([[0, 1, 1]], [[0, 0, 1]], fill_color=(10, 20, 30, 0.5))
    p.image(image=[np.arange(12, dtype=np.float64).reshape(3, 4)], x=0, y=0, dw=4, dh=3, palette="Viridis256")
    p.image_rgba(image=[np.arange(6, dtype=np.uint32).reshape(2, 3)], x=0, y=0, dw=3, dh=2)
    p.add_layout(Span(location=float("nan"), dimension="height"))
    p.x_range = Range1d(dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 4))
    doc = Document(title="figure")
    doc.add_root(p)
    doc.add_root(Div(text="second root", tags=[{"k": {1, 2}}]))
    return doc


def source_doc():
    doc = Document(title="sources")
    doc.add_root(numpy_source())
    doc.add_root(ColumnDataSource(name="img", data={"image": [np.arange(12, dtype=np.float64).reshape(3, 4)], "x": [0]}))
    doc.add_root(Div(text="root", name="div"))
    return doc


# ---- client-side changes ---------------------------------------------------------------------

def widget_changes(doc, get):
    get("slider").value = 7.25
    get("slider").end = float("inf")
    get("slider").tags = [{"nested": {"deep": [1, None, float("nan")]}}, {2: "two"}]
    get("slider").js_on_change("end", CustomJS(code="console.log(cb_obj.end)"))
    get("select").options = [("x", "X"), "y"]
    get("select").value = "y"
    get("text").value = "changed ✓"
    get("button").on_event("value_submit", lambda event: None)
    get("picker").value = dt.date(2025, 2, 3)
    get("dates").value = (dt.datetime(2024, 2, 1), dt.datetime(2024, 4, 1, 6))
    get("layout").children = [*get("layout").children, Div(text="new child", name="new")]
    doc.callbacks.send_event(ButtonClick(get("button")))


def stream_changes(doc, get):
    source = get("source")
    more = {k: v[:2] for k, v in source.data.items()}
    more["when"] = np.array(["2030-01-01", "NaT"], dtype="datetime64[ns]")
    more["f64"] = np.array([-1.0, np.nan])
    source.stream(more, rollover=6)
    source.stream({k: v[:1] for k, v in source.data.items()})  # no rollover


def patch_changes(doc, get):
    get("source").patch({
        "f64": [(0, 100.0), (slice(1, 3), [7.0, np.nan])],
        "i32": [(slice(None, None, 2), [9, 9, 9])],
        "list": [(4, float("-inf"))],
        "strs": [(0, "z")],
    })
    get("img").patch({"image": [([0, 1, slice(1, 3)], [-1.0, -2.0]), ([0, slice(None), 0], [5.0, 6.0, 7.0])]})


def data_changes(doc, get):
    source = get("source")
    source.data.update(f64=np.linspace(0, 1, 5), extra=["p", "q", "r", "s", "t"])  # ColumnDataChanged, cols
    get("img").data = {"image": [np.ones((2, 2), dtype=np.float32)], "x": [1]}      # ModelChanged data


def root_changes(doc, get):
    doc.title = "renamed ✓"
    doc.remove_root(get("div"))
    doc.add_root(ColumnDataSource(name="added", data={"a": np.array([1.0, 2.0]), "b": ["x", "y"]}))
    doc.add_root(column(Slider(start=0, end=1, value=0.5), name="col"))


def main():
    cases = [
        doc_case("widgets", widgets_doc()),
        doc_case("numpy columns", numpy_doc()),
        doc_case("numpy columns, inline bytes (to_json)", numpy_doc(), inline=True),
        doc_case("pandas DataFrame source", pandas_doc()),
        doc_case("figure with glyphs and images", figure_doc()),
        patch_case("widget property changes", widgets_doc, widget_changes),
        patch_case("stream with rollover", source_doc, stream_changes),
        patch_case("patch with int, slice and 2-D indices", source_doc, patch_changes),
        patch_case("column data replaced", source_doc, data_changes),
        patch_case("title and roots", source_doc, root_changes),
    ]
    out = pathlib.Path(__file__).with_name("fixtures.json")
    text = json.dumps(cases, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
    out.write_text(text + "\n", encoding="utf-8")
    print(f"bokeh {__version__}: wrote {len(cases)} cases, {len(text)} bytes to {out}")


if __name__ == "__main__":
    main()
