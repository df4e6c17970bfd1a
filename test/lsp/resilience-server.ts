/**
 * A language server for the resilience protocol test: the real server over stdio, with the
 * registry's rules except that `spf/ptr-mechanism` throws on every record it checks.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';
import { RULES } from '../../server/src/service/rules/registry';
import type { Rule } from '../../server/src/service/rules/define-rule';

export const THROWING_RULE = 'spf/ptr-mechanism';

const registry: Rule[] = RULES.map((rule) =>
  rule.code === THROWING_RULE
    ? ({
        ...rule,
        check: () => {
          throw new Error('deliberate failure for the resilience test');
        },
      } as Rule)
    : rule,
);

if (require.main === module) startServer(createConnection(ProposedFeatures.all), { registry });
