/**
 * The GraphQL IDE, bundled and served by this server at /ide: Apollo's default landing page loads
 * from the internet, which the machines this runs on may not reach.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const EXAMPLE = `# Who does MSDHS coordinate with, and on what?
query MsdhsNeighbourhood {
  search(text: "MSDHS", limit: 1) {
    node {
      id
      name
    }
  }
  neighbourhood(ids: ["msdhs"], depth: 1) {
    truncated
    nodes {
      __typename
      name
      ... on Meeting { startDate city series sequence }
    }
    relationships {
      type
      role
      start { name }
      end { name }
      sources { locator source { name } }
    }
  }
}
`;

// A link may carry the operation to open: /ide/?query=…&variables=… (URL-encoded). It is put in
// the editor instead of what the IDE kept from last time; without it the IDE opens as it was
// left, or with the example.
const params = new URLSearchParams(window.location.search);
const linked = {
  ...(params.get('query') ? { initialQuery: params.get('query')! } : {}),
  ...(params.get('variables') ? { initialVariables: params.get('variables')! } : {}),
};

createRoot(document.getElementById('ide')!).render(<GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} {...linked} />);
