/**
 * Rules that span records: ties must join existing nodes of the kinds their type allows, cite
 * existing sources, and ids must be unique. Checked for the seed and for every store write.
 */
import type { NodeRecord, RelationshipRecord } from './records.js';
import { RELATIONSHIP_RULES } from './vocabulary.js';

export interface IntegrityIssue {
  /** The node or relationship at fault. */
  id: string;
  /** The field at fault, as a dotted path. */
  field: string;
  message: string;
  /**
   * DANGLING_REFERENCE (names nothing), NOT_ALLOWED (names something the rule refuses) or IN_USE
   * (a record others still refer to cannot go).
   */
  code: 'DANGLING_REFERENCE' | 'NOT_ALLOWED' | 'IN_USE';
}

export interface NodeLookup {
  get(id: string): NodeRecord | undefined;
}

/** Problems with a relationship given the nodes it would join. */
export function relationshipIssues(rel: RelationshipRecord, nodes: NodeLookup): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const rule = RELATIONSHIP_RULES[rel.type];
  for (const end of ['start', 'end'] as const) {
    const node = nodes.get(rel[end]);
    if (!node) {
      issues.push({ id: rel.id, field: end, code: 'DANGLING_REFERENCE', message: `no node has the id '${rel[end]}'` });
    } else if (!rule[end].includes(node.nodeKind)) {
      issues.push({
        id: rel.id,
        field: end,
        code: 'NOT_ALLOWED',
        message: `${rel.type} cannot ${end === 'start' ? 'start at' : 'end at'} ${node.nodeKind} '${node.id}' (allowed: ${rule[end].join(', ')})`,
      });
    }
  }
  if (rel.start === rel.end) {
    issues.push({ id: rel.id, field: 'end', code: 'NOT_ALLOWED', message: 'a tie cannot join a node to itself' });
  }
  issues.push(...citationIssues(rel.id, rel.sources, nodes));
  return issues;
}

/** Problems with a node's references to sources and countries. */
export function nodeIssues(node: NodeRecord, nodes: NodeLookup, countryCodes: ReadonlySet<string>): IntegrityIssue[] {
  const issues = citationIssues(node.id, node.sources, nodes);
  const codes: [string, string][] = [];
  if ((node.nodeKind === 'ORGANIZATION' || node.nodeKind === 'MEETING') && node.countryCode) {
    codes.push(['countryCode', node.countryCode]);
  }
  if (node.nodeKind === 'JOINT_CASE') {
    node.jurisdictions.forEach((c, i) => codes.push([`jurisdictions.${i}`, c]));
  }
  for (const [field, code] of codes) {
    if (!countryCodes.has(code)) {
      issues.push({ id: node.id, field, code: 'DANGLING_REFERENCE', message: `no country has the code '${code}'` });
    }
  }
  return issues;
}

function citationIssues(id: string, sources: { source: string }[], nodes: NodeLookup): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  sources.forEach((citation, i) => {
    const source = nodes.get(citation.source);
    if (source?.nodeKind !== 'SOURCE') {
      issues.push({
        id,
        field: `sources.${i}.source`,
        code: 'DANGLING_REFERENCE',
        message: `no source document has the id '${citation.source}'`,
      });
    }
  });
  return issues;
}
