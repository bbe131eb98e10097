/**
 * The one component that owns the Cytoscape instance: created once on mount, changed only inside
 * `cy.batch()`, destroyed on unmount. When nodes or ties come or go the elements are re-added in
 * id order (keeping positions), otherwise data and classes are updated in place; the graph is laid
 * out again only when the elements or the layout settings change, not when classes do.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { cullLabels } from './labels.js';
import { webglAvailable, WEBGL_MIN_ELEMENTS } from './renderer.js';
import { moveNodes, type Positions } from './animate.js';
import { computeForceAtlas, lastComputeMs, prewarmForceAtlas } from './forceatlas.js';
import { computeLayout, hashString, LAYOUT_PADDING, resolveLayout, type ResolvedLayout } from '../graph/layouts.js';
import type { LayoutName } from '../graph/url-state.js';
import { LARGE_GRAPH } from '../graph/style.js';
import { readScene } from './scene.js';
import type { Scene } from '../graph/export-svg.js';
import { useKeyboardNavigation } from './useKeyboardNavigation.js';
import { KeyboardFocus } from './KeyboardFocus.js';

export interface HoverInfo {
  id: string;
  group: 'nodes' | 'edges';
  /** Pixel position inside the canvas, and the canvas's size (to keep the card inside it). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasHandle {
  fit(): void;
  /** Centres on a node without changing the zoom much. */
  reveal(id: string): void;
  zoom(factor: number): void;
  /** What is drawn, where and how, for the SVG export (tie footnotes left empty). */
  scene(): Scene;
  /** The whole graph as a PNG at a scale of the graph's own size, on white. */
  png(scale: number): Blob | null;
  /** Every node's position in graph coordinates, unrounded: what a saved view keeps. */
  positions(): Positions;
}

/**
 * Positions to draw instead of laying out (a saved view being opened). Nodes it places are put
 * exactly there; nodes it lacks are laid out around them. A new `key` applies it again.
 */
export interface PresetPositions {
  key: string;
  positions: Positions;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutName;
  /** Changing it lays the graph out again (view, grouping…), even with the same elements. */
  layoutKey: string;
  focus: string | null;
  pinned: ReadonlySet<string>;
  label: string;
  onTap(id: string | null, additive: boolean): void;
  onDoubleTap(id: string): void;
  /** A cluster meta-node or an open cluster's box was tapped: open or close it. */
  onCluster?(id: string): void;
  onHover(hover: HoverInfo | null): void;
  onLayout?(state: { running: boolean; algorithm: ResolvedLayout | null }): void;
  handle?: Ref<CanvasHandle>;
  /** While set, positions replace the layout; clearing it alone does not lay the graph out again. */
  preset?: PresetPositions | null;
  /** Where the end-to-end test hook goes on `window` (a second canvas must not replace the explorer's). */
  testHook?: '__atlas' | '__atlasChanges';
}

/** A read-only window on the canvas for end-to-end tests. */
export interface AtlasTestHook {
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  highlightedIds(): string[];
  selectedIds(): string[];
  layoutRunning(): boolean;
  layoutAlgorithm(): ResolvedLayout | null;
  /** Where a node is drawn, in page coordinates (for double-clicking it). */
  nodePagePosition(id: string): { x: number; y: number } | null;
  /** Every node's position in graph coordinates, rounded: the picture, to compare. */
  nodePositions(): Record<string, { x: number; y: number }>;
  /** Cluster meta-nodes drawn (closed clusters) and open clusters' boxes, with their member counts. */
  clusters(): { id: string; open: boolean; members: string[]; label: string }[];
  /** Which renderer draws the graph: Cytoscape's WebGL one for big views, else its 2D canvas. */
  renderer(): 'webgl' | 'canvas';
  /** How long the last layout took, from its start until the nodes stood in place (ms). */
  layoutMs(): number | null;
  /** Of that, the last ForceAtlas2 run in its worker (ms). */
  forceAtlasMs(): number | null;
  /** Nodes whose label is drawn at the current zoom (importance first, none overlapping). */
  labelledIds(): string[];
  /** The nodes tied to a node in the drawing (for the keyboard tests). */
  neighbourIds(id: string): string[];
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
    __atlasChanges?: AtlasTestHook;
  }
}

function structureKey(elements: ElementDefinition[]): string {
  return elements.map((e) => `${e.data.id ?? ''}>${(e.data.parent as string | undefined) ?? ''}`).join('|');
}

/** Compound boxes (countries, open clusters): drawn around their members, never laid out. */
function isBox(e: ElementDefinition): boolean {
  return e.classes === 'group' || e.classes === 'cluster-box';
}

/** Same data, leaving out the label size the canvas itself sets for the zoom (fs). */
function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a).filter((k) => k !== 'fs');
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k] || (Array.isArray(a[k]) && String(a[k]) === String(b[k])));
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const layoutState = useRef<{
    key: string;
    running: boolean;
    algorithm: ResolvedLayout | null;
    stop?: () => void;
    run: number;
    startedAt: number;
    lastMs: number | null;
    /** The key of the last preset seen: part of the layout key until another replaces it. */
    preset: string;
  }>({
    preset: '',
    key: '',
    running: false,
    algorithm: null,
    run: 0,
    startedAt: 0,
    lastMs: null,
  });
  // Big views are drawn by Cytoscape's WebGL renderer where the browser has WebGL 2. It is a
  // constructor option: crossing the threshold creates the instance again.
  const webgl = props.elements.length >= WEBGL_MIN_ELEMENTS && webglAvailable();

  // Create once (again only when the renderer changes), destroy on unmount.
  useEffect(() => {
    layoutState.current.key = '';
    const cy = cytoscape({
      container: container.current,
      elements: [],
      style: callbacks.current.stylesheet,
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 4,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
      // Pan and zoom move a snapshot of the drawing, which keeps large graphs fluent (the WebGL
      // renderer redraws every frame cheaply instead).
      textureOnViewport: !webgl,
      motionBlur: false,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    cyRef.current = cy;
    const additive = (e: EventObject) => {
      const o = e.originalEvent as MouseEvent | undefined;
      return !!o && (o.shiftKey || o.ctrlKey || o.metaKey);
    };
    cy.on('tap', (e) => {
      if (e.target === cy) callbacks.current.onTap(null, false);
    });
    cy.on('tap', 'node, edge', (e) => {
      const t = e.target as NodeSingular;
      if (t.hasClass('cluster') || t.hasClass('cluster-box')) callbacks.current.onCluster?.(t.id());
      else if (!t.hasClass('group')) callbacks.current.onTap(t.id(), additive(e));
    });
    cy.on('dbltap', 'node', (e) => {
      if (!e.target.hasClass('group') && !e.target.hasClass('cluster')) callbacks.current.onDoubleTap(e.target.id());
    });
    cy.on('mouseover', 'node, edge', (e) => {
      if (e.target.hasClass('group') || e.target.hasClass('cluster') || e.target.hasClass('cluster-tie')) return;
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      callbacks.current.onHover({
        id: e.target.id(),
        group: e.target.isNode() ? 'nodes' : 'edges',
        x: p.x,
        y: p.y,
        width: cy.width(),
        height: cy.height(),
      });
      if (container.current) container.current.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', () => {
      callbacks.current.onHover(null);
      if (container.current) container.current.style.cursor = '';
    });
    cy.on('viewport', () => callbacks.current.onHover(null));
    // Labels by importance without overlaps, worked out again when the zoom settles.
    let cullTimer = 0;
    cy.on('zoom', () => {
      window.clearTimeout(cullTimer);
      cullTimer = window.setTimeout(() => {
        if (!cy.destroyed() && !layoutState.current.running) cullLabels(cy);
      }, 120);
    });

    const hookName = callbacks.current.testHook ?? '__atlas';
    window[hookName] = {
      visibleNodeIds: () =>
        cy
          .nodes()
          .not('.group, .cluster, .cluster-box')
          .map((n) => n.id())
          .sort(),
      clusters: () =>
        (cy.nodes('.cluster, .cluster-box').toArray() as NodeSingular[])
          .map((n) => ({
            id: n.id(),
            open: n.hasClass('cluster-box'),
            members: [...((n.data('memberIds') as string[] | undefined) ?? [])],
            label: String(n.data('label') ?? ''),
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      renderer: () => (webgl ? 'webgl' : 'canvas'),
      layoutMs: () => layoutState.current.lastMs,
      forceAtlasMs: () => lastComputeMs,
      labelledIds: () =>
        cy
          .nodes()
          .not('.nolabel')
          .filter((n: NodeSingular) => n.visible() && !!n.data('label'))
          .map((n) => n.id())
          .sort(),
      visibleEdgeIds: () =>
        cy
          .edges()
          .not('.cluster-tie')
          .map((e) => e.id())
          .sort(),
      highlightedIds: () =>
        cy
          .$('.highlighted')
          .map((e) => e.id())
          .sort(),
      selectedIds: () =>
        cy
          .$('.selected')
          .map((e) => e.id())
          .sort(),
      layoutRunning: () => layoutState.current.running,
      layoutAlgorithm: () => layoutState.current.algorithm,
      nodePositions: () =>
        Object.fromEntries(
          (cy.nodes().not('.group, .cluster-box').toArray() as NodeSingular[]).map((n) => [
            n.id(),
            { x: Math.round(n.position('x')), y: Math.round(n.position('y')) },
          ]),
        ),
      neighbourIds: (id) =>
        cy
          .getElementById(id)
          .neighborhood('node')
          .map((n) => n.id())
          .sort(),
      nodePagePosition: (id) => {
        const n = cy.getElementById(id);
        const box = container.current?.getBoundingClientRect();
        if (n.empty() || !box) return null;
        const p = n.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      },
    };
    return () => {
      window.clearTimeout(cullTimer);
      layoutState.current.stop?.();
      cy.destroy();
      cyRef.current = null;
      if (window[hookName]) delete window[hookName];
    };
  }, [webgl]);

  useEffect(() => {
    cyRef.current?.style(props.stylesheet);
  }, [props.stylesheet]);

  // Apply the elements in one batch, then lay out if the structure or the settings changed.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { elements, pinned } = props;
    const large = elements.length > LARGE_GRAPH;
    // Past a few hundred elements the next view may well need ForceAtlas2: start its worker now.
    if (elements.length > 300) prewarmForceAtlas();
    // Not a constructor option that can be changed later: set on the renderer directly.
    (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer().hideEdgesOnViewport =
      large && !webgl;

    cy.batch(() => {
      const isGroup = (e: ElementDefinition) => isBox(e);
      const next = new Set(elements.map((e) => String(e.data.id)));
      // New country boxes first: nodes may move into them.
      cy.add(elements.filter((e) => isGroup(e) && cy.getElementById(String(e.data.id)).empty()));
      for (const def of elements) {
        let ele = cy.getElementById(String(def.data.id));
        if (ele.empty()) continue;
        if (ele.isNode()) {
          const parent = (def.data.parent as string | undefined) ?? null;
          const current = ele.parent().nonempty() ? ele.parent().first().id() : null;
          if (parent !== current) ele = ele.move({ parent }) as unknown as typeof ele;
        }
        if (!sameData(ele.data() as Record<string, unknown>, def.data as Record<string, unknown>)) ele.data(def.data);
        ele.classes(def.classes ?? '');
      }
      // Removing a box would remove what is inside it: remove stale elements after the moves.
      cy.remove(cy.elements().filter((e) => !next.has(e.id())));
      cy.add(elements.filter((e) => !isGroup(e) && cy.getElementById(String(e.data.id)).empty()));
      cy.nodes().forEach((n) => {
        if (pinned.has(n.id())) n.lock();
        else n.unlock();
      });
    });
    // Classes were just set from the elements: hide overlapping labels again.
    if (!layoutState.current.running) cullLabels(cy);

    // Lay out again only when what is drawn or how it is laid out changed; the focus matters only
    // to the layouts arranged around it.
    const aroundFocus = props.layout === 'concentric' || props.layout === 'breadthfirst';
    if (props.preset) layoutState.current.preset = props.preset.key;
    const key = `${props.layout}|${props.layoutKey}|${aroundFocus ? (props.focus ?? '') : ''}|${layoutState.current.preset}|${structureKey(elements)}`;
    if (key === layoutState.current.key) return;
    layoutState.current.key = key;
    runLayout(cy, props, key);
  }, [props.elements, props.layout, props.layoutKey, props.focus, props.pinned, props.preset, webgl]);

  function setRunning(running: boolean, algorithm: ResolvedLayout | null) {
    const cy = cyRef.current;
    if (running) layoutState.current.startedAt = performance.now();
    else if (layoutState.current.running) {
      layoutState.current.lastMs = performance.now() - layoutState.current.startedAt;
      if (cy && !cy.destroyed()) cullLabels(cy);
    }
    layoutState.current.running = running;
    layoutState.current.algorithm = algorithm;
    callbacks.current.onLayout?.({ running, algorithm });
  }

  function runLayout(cy: Core, p: GraphCanvasProps, key: string) {
    layoutState.current.stop?.();
    // A ForceAtlas2 run this one replaces may have hidden the view until its answer.
    cy.elements('.laying-out').removeClass('laying-out');
    const run = ++layoutState.current.run;
    const nodeIds = p.elements.filter((e) => e.group === 'nodes' && !isBox(e)).map((e) => String(e.data.id));
    if (!nodeIds.length) {
      setRunning(false, null);
      return;
    }
    const hasCompounds = p.elements.some(isBox);
    if (p.preset) {
      placePreset(cy, p, nodeIds, p.preset.positions, hasCompounds, key);
      return;
    }
    const algorithm = resolveLayout(p.layout, nodeIds.length, hasCompounds);
    const fixed = nodeIds
      .filter((id) => p.pinned.has(id))
      .map((id) => ({ nodeId: id, position: { ...cy.getElementById(id).position() } }));
    setRunning(true, algorithm);
    // Positions come from the elements alone (computed apart from this instance), then the nodes
    // are moved there: the same graph and settings always give the same picture.
    const apply = (positions: Positions) => {
      if (run !== layoutState.current.run || cy.destroyed()) return;
      layoutState.current.stop = moveNodes(cy, positions, {
        duration: nodeIds.length <= 150 ? 350 : 0,
        padding: LAYOUT_PADDING,
        onDone: () => {
          if (run === layoutState.current.run) setRunning(false, algorithm);
        },
      });
    };
    if (algorithm === 'forceatlas2') {
      const pinnedAt = Object.fromEntries(fixed.map((f) => [f.nodeId, f.position]));
      const edges = p.elements
        .filter((e) => e.group === 'edges')
        .map((e) => [String(e.data.source), String(e.data.target), Number(e.data.weight ?? 1)] as const);
      // Nothing is worth drawing until the worker answers: the elements would be drawn where they
      // were added (piled up), at the cost of a full frame of a big graph, then moved.
      cy.batch(() => cy.elements().addClass('laying-out'));
      void computeForceAtlas({ nodes: nodeIds, edges, fixed: pinnedAt }).then((positions) => {
        if (run === layoutState.current.run && !cy.destroyed()) cy.batch(() => cy.elements().removeClass('laying-out'));
        apply(positions);
      });
    } else {
      apply(computeLayout(p.elements, { layout: algorithm, focus: p.focus, fixed, seed: hashString(key) }));
    }
  }

  /** Saved positions exactly (pinned nodes too); only the nodes they lack are laid out, around them. */
  function placePreset(
    cy: Core,
    p: GraphCanvasProps,
    nodeIds: string[],
    preset: Positions,
    hasCompounds: boolean,
    key: string,
  ) {
    const missing = nodeIds.filter((id) => !preset[id]);
    let extra: Positions = {};
    if (missing.length) {
      const resolved = resolveLayout(p.layout, nodeIds.length, hasCompounds);
      const fixed = nodeIds.filter((id) => preset[id]).map((id) => ({ nodeId: id, position: { ...preset[id]! } }));
      extra = computeLayout(p.elements, {
        layout: resolved === 'forceatlas2' ? 'fcose' : resolved,
        focus: p.focus,
        fixed,
        seed: hashString(key),
      });
    }
    cy.batch(() => {
      for (const id of nodeIds) {
        const at = preset[id] ?? extra[id];
        const n = cy.getElementById(id);
        if (!at || n.empty()) continue;
        const locked = n.locked();
        if (locked) n.unlock();
        n.position({ x: at.x, y: at.y });
        if (locked) n.lock();
      }
    });
    // The container may just have changed size (presentation mode).
    cy.resize();
    cy.fit(cy.elements(), LAYOUT_PADDING);
    setRunning(false, null);
  }

  useImperativeHandle(
    props.handle,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.resize();
        cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 250 });
      },
      reveal: (id: string) => {
        const cy = cyRef.current;
        const n = cy?.getElementById(id);
        if (!cy || !n || n.empty()) return;
        cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 0.9), duration: 300 });
      },
      zoom: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      scene: () => (cyRef.current ? readScene(cyRef.current) : { nodes: [], edges: [] }),
      positions: () => {
        const cy = cyRef.current;
        if (!cy) return {};
        return Object.fromEntries(
          (cy.nodes().not('.group, .cluster-box').toArray() as NodeSingular[]).map((n) => [
            n.id(),
            { ...n.position() },
          ]),
        );
      },
      png: (scale: number) => {
        const cy = cyRef.current;
        if (!cy || cy.elements().empty()) return null;
        // Past about 16k pixels a side browsers refuse the canvas: the scale gives way first.
        return cy.png({ full: true, scale, output: 'blob', bg: '#ffffff', maxWidth: 12000, maxHeight: 12000 });
      },
    }),
    [],
  );

  const keyboard = useKeyboardNavigation(cyRef, {
    focus: props.focus,
    onOpen: (id) => callbacks.current.onTap(id, false),
    onExpand: (id) => callbacks.current.onDoubleTap(id),
    onCluster: (id) => callbacks.current.onCluster?.(id),
  });
  return (
    <>
      <div
        ref={container}
        className="canvas"
        role="application"
        aria-roledescription="graph"
        aria-label={props.label}
        tabIndex={0}
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
        onBlur={keyboard.onBlur}
        data-testid="graph-canvas"
      />
      <KeyboardFocus navigation={keyboard} />
    </>
  );
}
