/** A node's fields, as the kind of node has them, in words. */
import type { ReactNode } from 'react';
import type { AtlasNode } from '../../graph/model.js';
import { formatDate, formatRange } from '../../graph/partial-date.js';
import { label } from '../../graph/vocabulary.js';

type Row = [string, ReactNode];

function rows(n: AtlasNode, countryName: (code: string) => string): Row[] {
  const r: Row[] = [];
  const add = (k: string, v: ReactNode | null | undefined | false) => {
    if (v !== null && v !== undefined && v !== false && v !== '') r.push([k, v]);
  };
  switch (n.nodeKind) {
    case 'ORGANIZATION':
      add('Kind', label(n.orgKind));
      add('Sector', n.sector && label(n.sector));
      add('Country', n.countryCode ? countryName(n.countryCode) : 'International');
      add('Local name', n.nameLocal);
      break;
    case 'COUNTRY':
      add('ISO code', n.code);
      break;
    case 'AGREEMENT':
      add('Kind', label(n.agreementKind));
      add('Scope', label(n.scope));
      add('Status', label(n.agreementStatus));
      add('Signed', formatDate(n.signedOn));
      add('In force', formatRange(n.validFrom, n.validUntil));
      break;
    case 'MEETING':
      add('Kind', label(n.meetingKind));
      add('Dates', formatRange(n.startDate, n.endDate ?? n.startDate));
      add('Where', [n.city, n.countryCode && countryName(n.countryCode)].filter(Boolean).join(', '));
      add('Series', n.series && (n.sequence ? `${n.series}, no. ${n.sequence}` : n.series));
      add('Participants', n.participantCount != null && String(n.participantCount));
      break;
    case 'JOINT_CASE':
      add('Type', label(n.caseType));
      add('Status', label(n.caseStatus));
      add('Opened', formatDate(n.openedOn));
      add('Closed', formatDate(n.closedOn));
      add('Jurisdictions', (n.jurisdictions ?? []).map(countryName).join(', '));
      add('Victims identified', n.victimCount != null && String(n.victimCount));
      add('Offenders', n.offenderCount != null && String(n.offenderCount));
      add('Repatriated', n.repatriatedCount != null && String(n.repatriatedCount));
      add('Sensitivity', label(n.sensitivity));
      break;
    case 'SOURCE':
      add('Publisher', n.publisher);
      add('Published', formatDate(n.publishedOn));
      break;
  }
  if (n.aliases.length) add('Also known as', n.aliases.join(' · '));
  return r;
}

export function NodeProperties({ node, countryName }: { node: AtlasNode; countryName: (code: string) => string }) {
  return (
    <>
      <dl className="properties" data-testid="properties">
        {rows(node, countryName).map(([k, v]) => (
          <div key={k} className="property">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {node.topics.length > 0 && (
        <div className="chips" aria-label="Topics">
          {node.topics.map((t) => (
            <span key={t} className="chip">
              {label(t)}
            </span>
          ))}
        </div>
      )}
      {node.outcomes && node.outcomes.length > 0 && (
        <>
          <h4>Outcomes</h4>
          <ul className="outcomes">
            {node.outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
