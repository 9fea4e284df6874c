/**
 * Reads a Chromium trace (CDP Tracing, devtools.timeline) of a typing run: for the slowest
 * keystrokes, what the renderer's main thread did between the key (a user-timing mark
 * `bench-key-<n>`) and the frame after it, as a tree of tasks and what ran in them, script
 * named by its original source through the build's source maps.
 */
import { basename } from 'node:path';
import { originalPosition } from './source-maps.mjs';

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
];

/** A trace event's position (lines and columns from 1) as `name source:line`. */
function original(url, line, column) {
  const pos = originalPosition(url, line ?? 1, Math.max(0, (column ?? 1) - 1));
  return pos && `${pos.name ?? ''}${pos.name ? ' ' : ''}${pos.source}:${pos.line}`;
}

function describe(e) {
  const d = e.args?.data ?? {};
  switch (e.name) {
    case 'FunctionCall':
      return `script ${original(d.url, d.lineNumber, d.columnNumber) ?? `${d.functionName || '?'} ${basename(d.url ?? '')}`}`;
    case 'EventDispatch':
      return `event ${d.type}`;
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'animation frame';
    case 'RunMicrotasks':
    case 'V8.RunMicrotasks':
      return 'microtasks';
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GC_SCAVENGER':
    case 'V8.GCScavenger':
    case 'V8.GCIncrementalMarking':
    case 'V8.GCFinalizeMC':
      return `GC (${e.name})`;
    case 'UpdateLayoutTree':
      return 'style';
    default:
      return e.name;
  }
}

const INTERESTING = new Set([
  'RunTask',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'V8.RunMicrotasks',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GCScavenger',
  'V8.GCIncrementalMarking',
  'V8.GCFinalizeMC',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'HitTest',
  'ParseHTML',
  'XHRReadyStateChange',
]);

/**
 * Per keystroke, the main thread's CPU time (thread time, not wall time) from the key to its
 * frame: the tasks running then, each counted for the part of it inside the window. On a
 * busy machine the wall time of a key also holds the time the thread waited for a core;
 * this does not, so it compares runs made under different load.
 */
export function cpuPerKey(events, latency) {
  const marks = new Map();
  for (const e of events) {
    const m = /^bench-key-(\d+)$/.exec(e.name);
    if (m && !marks.has(Number(m[1]))) marks.set(Number(m[1]), e);
  }
  const first = marks.values().next().value;
  if (!first) return [];
  // Top-level tasks of the main thread: complete events not inside another.
  const tasks = [];
  let end = -Infinity;
  for (const e of events
    .filter((e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + e.dur;
    }
  }
  return latency.flatMap((ms, n) => {
    const mark = marks.get(n);
    if (!mark || ms === undefined) return [];
    const from = mark.ts;
    const to = from + ms * 1000;
    let cpu = 0;
    for (const t of tasks) {
      if (t.ts >= to || t.ts + t.dur <= from || t.dur === 0) continue;
      const share = (Math.min(to, t.ts + t.dur) - Math.max(from, t.ts)) / t.dur;
      cpu += (t.tdur ?? t.dur) * share;
    }
    return [cpu / 1000];
  });
}

/** The `count` slowest keystrokes, each with the main-thread work between its key and its frame. */
export function keystrokeCauses(events, latency, count) {
  const marks = new Map();
  for (const e of events) {
    const m = /^bench-key-(\d+)$/.exec(e.name);
    if (m && !marks.has(Number(m[1]))) marks.set(Number(m[1]), e);
  }
  const worst = latency
    .map((ms, n) => ({ ms, n }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
  return worst.map(({ ms, n }) => {
    const mark = marks.get(n);
    if (!mark) return { n, ms, tree: [] };
    const from = mark.ts;
    const to = mark.ts + ms * 1000;
    const inWindow = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          INTERESTING.has(e.name) &&
          e.pid === mark.pid &&
          e.tid === mark.tid &&
          e.ts < to &&
          e.ts + (e.dur ?? 0) > from,
      )
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Nest by containment: a stack of open events.
    const tree = [];
    const stack = [];
    for (const e of inWindow) {
      const node = { label: describe(e), ms: (Math.min(to, e.ts + e.dur) - Math.max(from, e.ts)) / 1000, children: [] };
      while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
      (stack.length ? stack[stack.length - 1].node.children : tree).push(node);
      stack.push({ node, end: e.ts + e.dur });
    }
    return { n, ms, tree };
  });
}

export function printCauses(causes) {
  console.log('  Slowest keystrokes, what the main thread did from key to frame (≥ 0.5 ms):');
  for (const { n, ms, tree } of causes) {
    console.log(`    key ${n}: ${ms.toFixed(1)} ms`);
    const walk = (nodes, depth) => {
      // Same-named siblings summed, so 40 small tasks read as one line.
      const merged = new Map();
      for (const node of nodes) {
        const m = merged.get(node.label) ?? { label: node.label, ms: 0, times: 0, children: [] };
        m.ms += node.ms;
        m.times += 1;
        m.children.push(...node.children);
        merged.set(node.label, m);
      }
      for (const m of [...merged.values()].sort((a, b) => b.ms - a.ms)) {
        if (m.ms < 0.5 || depth > 4) continue;
        console.log(
          `      ${'  '.repeat(depth)}${m.ms.toFixed(1).padStart(5)} ms  ${m.label}${m.times > 1 ? ` ×${m.times}` : ''}`,
        );
        walk(m.children, depth + 1);
      }
    };
    walk(tree, 0);
  }
}
