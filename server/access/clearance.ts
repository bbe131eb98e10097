/** Who may see what: clearance levels in the order of the Sensitivity enum. */
import type { NodeRecord } from '../domain/records.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';

export type Clearance = (typeof SENSITIVITIES)[number];

/** Whether a viewer with this clearance may see the node. Only joint cases carry a sensitivity today. */
export function maySee(clearance: Clearance, node: NodeRecord): boolean {
  if (node.nodeKind !== 'JOINT_CASE') return true;
  return SENSITIVITIES.indexOf(node.sensitivity) <= SENSITIVITIES.indexOf(clearance);
}
