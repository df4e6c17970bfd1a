/**
 * A record of an `AWS::Route53::RecordSet` (one `ResourceRecords` item): an IaC record site that
 * also remembers the item's host string and whether its text carries the DNS quotes Route 53
 * needs for TXT values.
 */
import { IacRecord, type IacRecordInput } from '../iac/iac-record';
import type { HostString } from '../iac/host-string';

export interface CloudFormationRecordInput extends IacRecordInput {
  readonly item: HostString;
  /** True when the item's text starts with a DNS quote (zone presentation format). */
  readonly dnsQuoted: boolean;
}

export class CloudFormationRecord extends IacRecord {
  readonly item: HostString;
  readonly dnsQuoted: boolean;

  constructor(input: CloudFormationRecordInput) {
    super(input);
    this.item = input.item;
    this.dnsQuoted = input.dnsQuoted;
  }
}
