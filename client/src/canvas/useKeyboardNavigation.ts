/**
 * The graph by keyboard. The canvas is one Tab stop; once it has focus a node holds the keyboard
 * focus (the selected node, else the focus of the view, else the best-connected node), drawn with
 * a ring of its own over the canvas and announced in a live region by name, kind and number of
 * neighbours.
 *
 * Keys, chosen to follow the picture: an arrow moves to the neighbour that lies most nearly in
 * that direction on screen (within 90° either side of it; "no neighbour that way" otherwise), so
 * what a sighted keyboard user sees and where the focus goes agree. Page Down / Page Up step
 * through the focused node's neighbours in turn (clockwise from the right), for whoever does not
 * follow the picture. Enter (or Space) opens the node's details, Shift+Enter expands it (as a double-click),
 * Escape leaves the graph (the ring goes and the next Tab moves on from here; the selection stays).
 * T / Shift+T cycle through the focused node's ties ("tie 2 of 5: MSDHS — IOM, …"); Enter then opens
 * the tie's details, and an arrow goes back to moving between nodes.
 *
 * Cluster meta-nodes are reached like any node and announced as clusters ("Cluster: MSDHS and 23
 * others"); Enter opens one, and the keyboard focus stays on its box, whose members the arrows and
 * Page Down reach; Backspace goes from a member back to its box; Enter on the box closes it again.
 *
 * Only reads the Cytoscape instance: no classes or styles of its own, so nothing of it can leak
 * into an export.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { label } from '../graph/vocabulary.js';

export interface KeyboardNavigationOptions {
  /** The node to start from when the graph gets focus and no node is selected. */
  focus: string | null;
  /** Enter: opens the node's details (selects it). */
  onOpen(id: string): void;
  /** Shift+Enter: expands the node. */
  onExpand(id: string): void;
  /** Enter on a cluster meta-node or an open cluster's box: opens or closes it. */
  onCluster?(id: string): void;
}

export interface KeyboardNavigation {
  /** The node holding the keyboard focus, if any. */
  current: string | null;
  /** The tie of that node picked with T, if any (Enter opens its details). */
  tie: string | null;
  /** What the live region says. */
  announcement: string;
  /** Where the ring is drawn, in the canvas's pixels; null when hidden. */
  ring: { x: number; y: number; size: number } | null;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onFocus(e: FocusEvent<HTMLElement>): void;
  onBlur(): void;
}

const DIRECTIONS: Record<string, number> = { ArrowRight: 0, ArrowDown: 90, ArrowLeft: 180, ArrowUp: 270 };
const DIRECTION_WORDS: Record<string, string> = {
  ArrowRight: 'to the right',
  ArrowDown: 'below',
  ArrowLeft: 'to the left',
  ArrowUp: 'above',
};

function visibleNode(cy: Core, id: string | null): NodeSingular | null {
  if (!id) return null;
  const n = cy.getElementById(id);
  return n.nonempty() && n.isNode() && !n.hasClass('group') ? (n as NodeSingular) : null;
}

const isCluster = (n: NodeSingular) => n.hasClass('cluster') || n.hasClass('cluster-box');

function neighboursOf(node: NodeSingular): NodeSingular[] {
  // An open cluster's box has no ties of its own: its members are where the keys lead.
  if (node.hasClass('cluster-box')) return node.children().not('.group').toArray() as NodeSingular[];
  return (node.neighborhood('node').not('.group').toArray() as NodeSingular[]).filter((n) => n.id() !== node.id());
}

/**
 * The angle from a to b on screen, in degrees clockwise from "right" (y grows downward). Zoom and
 * pan scale and shift the picture alike, so the graph's own coordinates give the screen's angles.
 */
function angle(a: NodeSingular, b: NodeSingular): number {
  const p = a.position();
  const q = b.position();
  return ((Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI + 360) % 360;
}

function gap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** The neighbour lying most nearly in the direction (within 90° of it); nearer ones win ties. */
export function neighbourTowards(node: NodeSingular, direction: number): NodeSingular | null {
  let best: { n: NodeSingular; score: number } | null = null;
  const p = node.position();
  for (const n of neighboursOf(node)) {
    const off = gap(angle(node, n), direction);
    if (off >= 90) continue;
    const q = n.position();
    const distance = Math.hypot(q.x - p.x, q.y - p.y);
    const score = off * 10 + distance / 1000;
    if (!best || score < best.score) best = { n, score };
  }
  return best?.n ?? null;
}

/** "MSDHS +23" (a cluster's label) read out as "MSDHS and 23 others". */
function clusterWords(node: NodeSingular): string {
  const data = node.data() as { label?: string; members?: number };
  const lead = String(data.label ?? node.id())
    .replace(/ \(open\)$/, '')
    .replace(/ \+\d+$/, '');
  const others = (data.members ?? 1) - 1;
  return others > 0 ? `${lead} and ${others === 1 ? '1 other' : `${others} others`}` : lead;
}

/** The ties of a node drawn on the canvas, clockwise from the right (aggregated cluster ties too). */
export function tiesOf(node: NodeSingular): EdgeSingular[] {
  const at = (e: EdgeSingular) => {
    const other = e.source().id() === node.id() ? e.target() : e.source();
    return angle(node, other);
  };
  return (node.connectedEdges().toArray() as EdgeSingular[]).sort(
    (a, b) => at(a) - at(b) || (a.id() < b.id() ? -1 : 1),
  );
}

/** What is said of a tie: its ends, its kind and, when it has them, its dates and count. */
export function describeTie(edge: EdgeSingular): string {
  const data = edge.data() as { type?: string; roleLabel?: string; tieKind?: string; weight?: number; count?: number };
  const end = (n: NodeSingular) =>
    n.hasClass('cluster') ? `cluster ${clusterWords(n)}` : String(n.data('label') ?? n.id());
  if (edge.hasClass('cluster-tie')) {
    const n = data.count ?? 1;
    return `${end(edge.source())} — ${end(edge.target())}, ${n === 1 ? '1 tie' : `${n} ties`}.`;
  }
  const kind = data.type
    ? `${label(data.type).toLowerCase()}${data.roleLabel ? ` (${data.roleLabel})` : ''}`
    : `${data.tieKind ? `${label(data.tieKind).toLowerCase()} ` : ''}coordination`;
  const weight = data.weight ? `, weight ${data.weight}` : '';
  const undated = edge.hasClass('undated') ? ', undated' : '';
  return `${end(edge.source())} — ${end(edge.target())}, ${kind}${weight}${undated}.`;
}

export function describe(node: NodeSingular): string {
  const data = node.data() as { label?: string; nodeKind?: string; orgKind?: string };
  if (node.hasClass('cluster-box')) {
    const n = neighboursOf(node).length;
    return `Open cluster: ${clusterWords(node)}. Enter closes it; arrows and Page Down reach its ${n} members.`;
  }
  if (node.hasClass('cluster')) {
    const count = neighboursOf(node).length;
    return `Cluster: ${clusterWords(node)}, ${count === 1 ? '1 neighbour' : `${count} neighbours`}. Enter opens it.`;
  }
  const kind = data.orgKind ? label(data.orgKind) : label(data.nodeKind);
  const count = neighboursOf(node).length;
  return `${data.label ?? node.id()}, ${kind}, ${count === 1 ? '1 neighbour' : `${count} neighbours`}.`;
}

function startingNode(cy: Core, focus: string | null): NodeSingular | null {
  const selected = cy.$('node.selected').not('.group');
  if (selected.nonempty()) return selected.first() as NodeSingular;
  const focused = visibleNode(cy, focus);
  if (focused) return focused;
  const nodes = cy.nodes().not('.group').toArray() as NodeSingular[];
  if (!nodes.length) return null;
  return nodes.reduce((a, b) => (b.degree(false) > a.degree(false) ? b : a));
}

export function useKeyboardNavigation(cyRef: RefObject<Core | null>, options: KeyboardNavigationOptions) {
  const [current, setCurrent] = useState<string | null>(null);
  const [tie, setTie] = useState<string | null>(null);
  /** The tie picked with T, and its place among the node's ties. */
  const tieRef = useRef<{ id: string; index: number } | null>(null);
  /** A cluster being opened or closed: its id stays the keyboard focus while it is drawn anew. */
  const pendingRef = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [ring, setRing] = useState<KeyboardNavigation['ring']>(null);
  const opts = useRef(options);
  opts.current = options;
  const currentRef = useRef<string | null>(null);
  /** The node whose neighbours Page Down / Page Up step through, and where the stepping is. */
  const hubRef = useRef<{ id: string; index: number } | null>(null);

  const place = useCallback(() => {
    const cy = cyRef.current;
    const node = cy ? visibleNode(cy, currentRef.current) : null;
    if (!node) {
      setRing(null);
      return;
    }
    const edge = tieRef.current ? cy!.getElementById(tieRef.current.id) : null;
    if (edge?.nonempty() && edge.isEdge()) {
      const m = (edge as EdgeSingular).renderedMidpoint();
      setRing({ x: m.x, y: m.y, size: 26 });
      return;
    }
    const p = node.renderedPosition();
    setRing({ x: p.x, y: p.y, size: Math.max(node.renderedOuterWidth(), node.renderedOuterHeight()) + 10 });
  }, [cyRef]);

  const moveTo = useCallback(
    (node: NodeSingular | null, prefix = '', stepping = false) => {
      if (!stepping) hubRef.current = null;
      tieRef.current = null;
      setTie(null);
      currentRef.current = node?.id() ?? null;
      setCurrent(currentRef.current);
      if (node) {
        setAnnouncement(`${prefix}${describe(node)}`);
        // Keep the focused node on screen.
        const cy = cyRef.current!;
        const p = node.renderedPosition();
        if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) cy.center(node);
      }
      place();
    },
    [cyRef, place],
  );

  // Follow the node as the layout, pan and zoom move it; drop it when it leaves the graph.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const follow = () => {
      if (!currentRef.current) return;
      if (visibleNode(cy, currentRef.current)) {
        if (pendingRef.current === currentRef.current) pendingRef.current = null;
      } else if (pendingRef.current !== currentRef.current) {
        currentRef.current = null;
        setCurrent(null);
      }
      place();
    };
    cy.on('viewport position add remove', follow);
    return () => {
      cy.off('viewport position add remove', follow);
    };
  }, [cyRef, place]);

  const onFocus = useCallback(
    (e?: FocusEvent<HTMLElement>) => {
      const cy = cyRef.current;
      // A click gives the canvas focus too: the ring and the words are for keyboard focus only.
      if (!cy || (e && !e.currentTarget.matches(':focus-visible'))) return;
      const node = visibleNode(cy, currentRef.current) ?? startingNode(cy, opts.current.focus);
      if (!node) {
        setAnnouncement('The graph is empty.');
        return;
      }
      moveTo(
        node,
        'Graph. Arrow keys move to a neighbour in that direction, Page Down and Page Up step through the neighbours, T steps through the ties, Enter opens the details, Escape leaves. ',
      );
    },
    [cyRef, moveTo],
  );

  const onBlur = useCallback(() => setRing(null), []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const cy = cyRef.current;
      if (!cy) return;
      const node = visibleNode(cy, currentRef.current);
      if (e.key === 'Escape') {
        e.preventDefault();
        // Leaving the graph is all Escape does here: the app's own Escape (clear the selection)
        // must not fire as well.
        e.stopPropagation();
        tieRef.current = null;
        setTie(null);
        currentRef.current = null;
        setCurrent(null);
        setRing(null);
        setAnnouncement('Left the graph.');
        e.currentTarget.blur();
        return;
      }
      if (!node) {
        if (e.key in DIRECTIONS || e.key === 'Enter') {
          e.preventDefault();
          onFocus();
        }
        return;
      }
      if (e.key in DIRECTIONS) {
        e.preventDefault();
        const next = neighbourTowards(node, DIRECTIONS[e.key]!);
        if (next) moveTo(next);
        else setAnnouncement(`No neighbour ${DIRECTION_WORDS[e.key]} of ${String(node.data('label'))}.`);
        return;
      }
      if (e.key === 'PageDown' || e.key === 'PageUp') {
        e.preventDefault();
        // Step through one node's neighbours in turn (clockwise from the right), coming back to
        // where the stepping started after the last: the hub stays until an arrow moves on.
        const step = e.key === 'PageDown' ? 1 : -1;
        const hub = visibleNode(cy, hubRef.current?.id ?? null);
        const stepping = hub && hubRef.current!.index >= 0 && neighboursOf(hub).some((n) => n.id() === node.id());
        const centre = stepping ? hub : node;
        const around = neighboursOf(centre).sort((a, b) => angle(centre, a) - angle(centre, b));
        if (!around.length) {
          setAnnouncement(`${String(node.data('label'))} has no neighbours here.`);
          return;
        }
        const from = stepping ? around.findIndex((n) => n.id() === node.id()) : step > 0 ? -1 : around.length;
        const index = (from + step + around.length) % around.length;
        hubRef.current = { id: centre.id(), index };
        moveTo(
          around[index]!,
          `${index + 1} of ${around.length} neighbours of ${String(centre.data('label'))}: `,
          true,
        );
        return;
      }
      if (e.key === 'Backspace') {
        const box = node.parent().filter('.cluster-box');
        if (box.nonempty()) {
          e.preventDefault();
          moveTo(box.first() as NodeSingular);
        }
        return;
      }
      if ((e.key === 't' || e.key === 'T') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        const ties = tiesOf(node);
        if (!ties.length) {
          setAnnouncement(`${String(node.data('label'))} has no ties here.`);
          return;
        }
        const step = e.shiftKey ? -1 : 1;
        const from = tieRef.current ? tieRef.current.index : step > 0 ? -1 : ties.length;
        const index = (from + step + ties.length) % ties.length;
        tieRef.current = { id: ties[index]!.id(), index };
        setTie(tieRef.current.id);
        setAnnouncement(`Tie ${index + 1} of ${ties.length}: ${describeTie(ties[index]!)} Enter opens its details.`);
        place();
        return;
      }
      if ((e.key === 'Enter' || e.key === ' ') && tieRef.current && !e.shiftKey) {
        e.preventDefault();
        const edge = cy.getElementById(tieRef.current.id);
        if (edge.nonempty() && !edge.hasClass('cluster-tie')) {
          opts.current.onOpen(edge.id());
          setAnnouncement(`Details of the tie ${describeTie(edge as EdgeSingular)} opened.`);
        } else setAnnouncement('A tie between clusters: open the cluster to reach its ties.');
        return;
      }
      if ((e.key === 'Enter' || e.key === ' ') && isCluster(node) && opts.current.onCluster) {
        e.preventDefault();
        const opening = node.hasClass('cluster');
        const words = clusterWords(node);
        pendingRef.current = node.id();
        hubRef.current = null;
        opts.current.onCluster(node.id());
        setAnnouncement(opening ? `Cluster ${words} opened.` : `Cluster ${words} closed.`);
        return;
      }
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (e.shiftKey) {
          opts.current.onExpand(node.id());
          setAnnouncement(`Expanding ${String(node.data('label'))}.`);
        } else {
          opts.current.onOpen(node.id());
          setAnnouncement(`Details of ${String(node.data('label'))} opened.`);
        }
      }
    },
    [cyRef, moveTo, onFocus],
  );

  return { current, tie, announcement, ring, onKeyDown, onFocus, onBlur } satisfies KeyboardNavigation;
}
