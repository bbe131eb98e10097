/** A link to a node, with its kind's glyph: selects it, or brings it into the graph. */
import type { NodeKind, OrganizationKind } from '../../graph/vocabulary.js';
import { KindIcon } from '../legend/KindIcon.js';

export function NodeLink({
  id,
  name,
  nodeKind,
  orgKind,
  onClick,
}: {
  id: string;
  name: string;
  nodeKind: NodeKind;
  orgKind?: OrganizationKind | null;
  onClick(id: string): void;
}) {
  return (
    <button type="button" className="link node-link" onClick={() => onClick(id)} data-node-id={id}>
      <KindIcon nodeKind={nodeKind} orgKind={orgKind} size={13} />
      {name}
    </button>
  );
}
