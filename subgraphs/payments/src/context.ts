import type { SubgraphContext } from '@dabba/subgraph-kit';
import type { PaymentsLoaders } from './loaders';
import type { PaymentsServices } from './services';

export type PaymentsContext = SubgraphContext<PaymentsServices, PaymentsLoaders>;
