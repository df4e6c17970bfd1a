/** The SPF evaluator (RFC 7208 check_host()), re-exported for front ends. */
export { checkHost, mailFromInput, splitSender } from './evaluate';
export { SPF_RESULTS, type SpfEvaluation, type SpfInput, type SpfOptions, type SpfRecordNode, type SpfResult, type SpfTermNode } from './types';
