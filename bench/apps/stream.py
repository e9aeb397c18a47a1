# The periodic-streaming benchmark app for Python's `bokeh serve`: the same app as
# bench/apps/stream.ts, only for side-by-side runs (nothing of ours needs Python). Every session
# streams BK_STREAM_K rows every BK_PERIOD_MS ms into a ColumnDataSource (columns x, y, ts; rollover BK_ROLLOVER); `ts` is the
# server wall clock in ms at the start of the callback, the same for all rows of a batch, so
# a client measures delivery latency as receipt time - max(ts). NumPy float64 columns make
# Bokeh send the rows as binary buffers, as the TS server does for Float64Array columns.
#
#   BK_PERIOD_MS=100 bokeh serve bench/apps/stream.py --port 5106 --allow-websocket-origin '*'
#   npm run bench -- --target http://127.0.0.1:5106/stream --hz 10
#
# BK_PLOT=0 serves the bare source as the only root instead of a figure with a line.
import os
import time

import numpy as np

from bokeh.io import curdoc
from bokeh.models import ColumnDataSource
from bokeh.plotting import figure

PERIOD_MS = int(os.environ.get("BK_PERIOD_MS", "100"))
K = int(os.environ.get("BK_STREAM_K", "10"))
ROLLOVER = int(os.environ.get("BK_ROLLOVER", "1000"))
PLOT = os.environ.get("BK_PLOT", "1") != "0"

empty = np.zeros(0, dtype=np.float64)
source = ColumnDataSource(data=dict(x=empty, y=empty.copy(), ts=empty.copy()))

doc = curdoc()
doc.title = "stream"
if PLOT:
    plot = figure(width=600, height=300, title="stream")
    plot.line("x", "y", source=source)
    doc.add_root(plot)
else:
    doc.add_root(source)

state = {"n": 0, "y": 0.0}
rng = np.random.default_rng()


def tick() -> None:
    now_ms = time.time() * 1000  # taken first: the latency covers the stream, serialization and send
    n = state["n"]
    x = np.arange(n, n + K, dtype=np.float64)
    steps = rng.standard_normal(K)
    y = state["y"] + np.cumsum(steps)
    state["n"] = n + K
    state["y"] = float(y[-1])
    source.stream(dict(x=x, y=y, ts=np.full(K, now_ms, dtype=np.float64)), rollover=ROLLOVER)


doc.add_periodic_callback(tick, PERIOD_MS)
