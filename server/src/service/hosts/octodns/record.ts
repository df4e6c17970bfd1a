/**
 * An octoDNS record value: the YAML scalar as octoDNS reads it (`octo`, with its `\;` escapes),
 * decoded once more into the DNS value (`\;` → `;`) and split into the 255-octet strings octoDNS
 * makes by itself.
 */
import { IacRecord, type IacRecordInput } from '../iac/iac-record';
import type { HostString } from '../iac/host-string';

export interface OctodnsRecordInput extends IacRecordInput {
  readonly octo: HostString;
}

export class OctodnsRecord extends IacRecord {
  /** The value in octoDNS's own format (`v=DMARC1\; p=reject`), mapped to the document. */
  readonly octo: HostString;

  constructor(input: OctodnsRecordInput) {
    super(input);
    this.octo = input.octo;
  }
}
