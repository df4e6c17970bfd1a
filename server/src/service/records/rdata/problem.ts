/** The problem type returned by RDATA validation: an exact document range and a message. */
import type { OffsetRange } from '../../model';

export interface RdataProblem {
  readonly range: OffsetRange;
  /** Says what is wrong and what to write instead. */
  readonly message: string;
}
