/** A node named in an analysis result: a button that shows its evidence in the graph. */
import type { GapNodeFragment } from '../../__generated__/graphql.js';
import { KindIcon } from '../legend/KindIcon.js';

export function gapName(n: GapNodeFragment): string {
  return n.__typename === 'Organization' && n.acronym ? n.acronym : n.name;
}

export function GapNodeButton({
  node,
  onClick,
  title,
  testId = 'gap-node',
}: {
  node: GapNodeFragment;
  onClick(): void;
  title?: string;
  testId?: string;
}) {
  const org = node.__typename === 'Organization' ? node : null;
  return (
    <button
      type="button"
      className="link node-link"
      onClick={onClick}
      title={title ?? `Show ${node.name} in the graph`}
      data-testid={testId}
      data-node-id={node.id}
    >
      <KindIcon nodeKind={node.nodeKind} orgKind={org?.orgKind} size={13} />
      {org?.acronym ? (
        <>
          <span className="acronym">{org.acronym}</span>
          <span className="gap-node-name">{node.name}</span>
        </>
      ) : (
        node.name
      )}
    </button>
  );
}
