import { badUserInput } from '@passerelle/subgraph-kit';
import { planOf } from '../formats/registry';
import type { ImportFormat, ImportPlan, PlannedOffer, PlannedProgramme, PlannedRecordType } from '../plan';
import { OwnerFailure, ownerError, type CallerHeaders, type OwnerEndpoint, type OwnerName } from '../owners/owner-client';
import { importOffers, importOrganisations, importProgrammes, type OwnerCall, type OwnerResult } from '../owners/owner-imports';
import { reportOf, type ImportedRecordValue, type ImportReportValue } from './import-report';

export interface ImportRequest {
  format: ImportFormat;
  content: string;
  dryRun: boolean;
  applyValid: boolean;
}

export interface ImportEnvironment {
  owners: Record<OwnerName, OwnerEndpoint>;
  caller: CallerHeaders;
  maxBytes: number;
  now: Date;
}

type Refusal = Pick<ImportedRecordValue, 'reason' | 'field'>;

/**
 * Reads a document, has every owner check its part (a dry run each, so that all refusals are
 * known before anything is written), then, unless this is a dry run or something was refused
 * without `applyValid`, has each owner write its part: organisations, programmes, offers.
 */
export async function importDocument(request: ImportRequest, environment: ImportEnvironment): Promise<ImportReportValue> {
  const bytes = Buffer.byteLength(request.content, 'utf8');
  if (bytes > environment.maxBytes) {
    throw badUserInput('content', `The document is ${bytes} bytes; an import reads at most ${environment.maxBytes} (IMPORT_MAX_BYTES)`);
  }
  const plan = planOf(request.format, request.content, { now: environment.now });
  const run = new ImportRun(plan, request, environment);
  await run.check();
  if (request.dryRun || (run.anyRefused() && !request.applyValid)) return run.report(false);
  await run.apply();
  return run.report(true);
}

/** One import: the plan, what each record came to, and the organisation ids its dependents point at. */
class ImportRun {
  private readonly outcomes = new Map<string, ImportedRecordValue>();
  private readonly order = new Map<string, number>();
  private readonly organisationIds = new Map<string, string>();
  /** The records an owner has written (or found as they were) in the apply, once it answered. */
  private readonly applied = new Set<string>();
  private phase: 'check' | 'apply' = 'check';

  constructor(
    private readonly plan: ImportPlan,
    private readonly request: ImportRequest,
    private readonly environment: ImportEnvironment,
  ) {
    plan.organisations.forEach((organisation, index) => this.order.set(id('ORGANISATION', organisation.key), index));
    plan.programmes.forEach((programme, index) => {
      this.order.set(id('PROGRAMME', programme.key), index * 10_000);
      programme.contributions.forEach((contribution, position) =>
        this.order.set(id('CONTRIBUTION', contribution.key), index * 10_000 + position + 1),
      );
    });
    plan.offers.forEach((offer, index) => this.order.set(id('OFFER', offer.key), index));
    for (const refused of plan.refused) this.refuse(refused.type, refused.key, { reason: refused.reason, field: refused.field ?? null });
  }

  /** Every owner's dry run, in order, each on what survived the refusals before it. */
  async check(): Promise<void> {
    const call = this.call(true);
    const organisations = await this.owner('organisations', () =>
      importOrganisations(call('organisations'), this.plan.organisations.filter(this.notRefused('ORGANISATION'))),
    );
    this.record(organisations);
    // an organisation a dry run would create has no id yet: its dependents are checked with one that matches nothing
    organisations.forEach((result, index) => {
      if (result.change !== 'REFUSED') this.organisationIds.set(result.key, result.id ?? `dry-run-new-organisation-${index + 1}`);
    });
    const programmes = await this.owner('programmes', () =>
      importProgrammes(call('programmes'), this.programmesToWrite(), (key) => this.organisationIds.get(key)!),
    );
    const offers = await this.owner('offers', () =>
      importOffers(call('offers'), this.offersToWrite(), (key) => this.organisationIds.get(key)!),
    );
    this.record(programmes);
    this.record(offers);
    this.refuseContributionsOfRefusedProgrammes();
  }

  /** A contribution is written with its programme: when the programme is refused, so is it. */
  private refuseContributionsOfRefusedProgrammes(): void {
    for (const programme of this.plan.programmes.filter((planned) => this.isRefused('PROGRAMME', planned.key))) {
      const reason = `its programme ${JSON.stringify(programme.key)} was refused`;
      for (const contribution of programme.contributions.filter(this.notRefused('CONTRIBUTION'))) {
        this.refuse('CONTRIBUTION', contribution.key, { reason, field: null });
      }
    }
  }

  anyRefused(): boolean {
    return [...this.outcomes.values()].some((record) => record.outcome === 'REFUSED');
  }

  /** Each owner writes what its dry run accepted (refused records stay out), in order. */
  async apply(): Promise<void> {
    this.phase = 'apply';
    this.organisationIds.clear();
    const call = this.call(false);
    const organisations = await this.owner('organisations', () =>
      importOrganisations(call('organisations'), this.plan.organisations.filter(this.notRefused('ORGANISATION'))),
    );
    this.written(organisations);
    for (const result of organisations) if (result.id && result.change !== 'REFUSED') this.organisationIds.set(result.key, result.id);
    const programmes = await this.owner('programmes', () =>
      importProgrammes(call('programmes'), this.programmesToWrite(), (key) => this.organisationIds.get(key)!),
    );
    this.written(programmes);
    const offers = await this.owner('offers', () =>
      importOffers(call('offers'), this.offersToWrite(), (key) => this.organisationIds.get(key)!),
    );
    this.written(offers);
  }

  report(applied: boolean): ImportReportValue {
    return reportOf(
      { format: this.plan.format, dryRun: this.request.dryRun, applied },
      this.outcomes.values(),
      (record) => this.order.get(id(record.type, record.key)) ?? Number.MAX_SAFE_INTEGER,
    );
  }

  /**
   * The programmes to send, each without the contributions refused so far; a programme with a
   * participant whose organisation was refused (or is not in the document) is refused with them.
   */
  private programmesToWrite(): PlannedProgramme[] {
    const programmes: PlannedProgramme[] = [];
    for (const programme of this.plan.programmes.filter(this.notRefused('PROGRAMME'))) {
      const participant = programme.participants.findIndex(({ organisationKey }) => !this.organisationIds.has(organisationKey));
      if (participant >= 0) {
        const refusal = this.dependencyRefusal(programme.participants[participant]!.organisationKey, `participants[${participant}]`);
        this.refuse('PROGRAMME', programme.key, refusal);
        for (const contribution of programme.contributions) this.refuse('CONTRIBUTION', contribution.key, refusal);
        continue;
      }
      const contributions = programme.contributions.filter((contribution, index) => {
        if (this.isRefused('CONTRIBUTION', contribution.key)) return false;
        if (this.organisationIds.has(contribution.donorKey)) return true;
        this.refuse('CONTRIBUTION', contribution.key, this.dependencyRefusal(contribution.donorKey, `contributions[${index}].donor`));
        return false;
      });
      programmes.push({ ...programme, contributions });
    }
    return programmes;
  }

  /** The offers to send; one whose organisation was refused (or is not in the document) is refused with it. */
  private offersToWrite(): PlannedOffer[] {
    return this.plan.offers.filter(this.notRefused('OFFER')).filter((offer) => {
      if (this.organisationIds.has(offer.organisationKey)) return true;
      this.refuse('OFFER', offer.key, this.dependencyRefusal(offer.organisationKey, 'offer.organisationName'));
      return false;
    });
  }

  private dependencyRefusal(organisationKey: string, field: string): Refusal {
    const organisation = this.outcomes.get(id('ORGANISATION', organisationKey));
    const reason = organisation
      ? `its organisation ${JSON.stringify(organisationKey)} was refused: ${organisation.reason ?? 'see that record'}`
      : `the document states no organisation ${JSON.stringify(organisationKey)}`;
    return { reason, field };
  }

  private call(dryRun: boolean) {
    // a dry run asks each owner about every record; an apply writes those its dry run accepted
    return (owner: OwnerName): OwnerCall => ({
      endpoint: this.environment.owners[owner],
      caller: this.environment.caller,
      dryRun,
      applyValid: true,
    });
  }

  /** Runs one owner's part; an owner that fails stops the import with an error naming it and the report so far. */
  private async owner(owner: OwnerName, work: () => Promise<OwnerResult[]>): Promise<OwnerResult[]> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof OwnerFailure)) throw error;
      const report = this.reportSoFar();
      throw ownerError(error, this.summaryOf(report, owner), { report });
    }
  }

  /** After a failure: in the check, what was checked (nothing written); in the apply, what the owners before the failed one wrote. */
  private reportSoFar(): ImportReportValue {
    if (this.phase === 'check') return this.report(false);
    const report = this.report(this.applied.size > 0);
    const records = report.records.filter((record) => this.applied.has(id(record.type, record.key)) || record.outcome === 'REFUSED');
    return reportOf(report, records, (record) => records.indexOf(record));
  }

  /** What a client is told of a failed import in words, which survive the gateway's production masking. */
  private summaryOf(report: ImportReportValue, failed: OwnerName): string {
    if (!report.applied) return 'Nothing was written.';
    const written = OWNER_ORDER.slice(0, OWNER_ORDER.indexOf(failed));
    const counts = `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
    const rest = OWNER_ORDER.slice(OWNER_ORDER.indexOf(failed)).join(' and ');
    return `The ${written.join(' and ')} records were written (${counts}), the ${rest} records were not; importing the document again is safe.`;
  }

  private record(results: OwnerResult[]): void {
    for (const result of results) {
      this.outcomes.set(id(result.type, result.key), {
        type: result.type,
        key: result.key,
        outcome: result.change,
        id: result.change === 'REFUSED' ? null : result.id,
        reason: result.reason,
        field: result.field,
        missingFields: this.missingFieldsOf(result),
      });
    }
  }

  private written(results: OwnerResult[]): void {
    this.record(results);
    for (const result of results) if (result.change !== 'REFUSED') this.applied.add(id(result.type, result.key));
  }

  private missingFieldsOf(result: Pick<OwnerResult, 'type' | 'key'>): string[] {
    if (result.type !== 'OFFER') return [];
    return this.plan.offers.find((offer) => offer.key === result.key)?.missingFields ?? [];
  }

  private refuse(type: PlannedRecordType, key: string, refusal: Refusal): void {
    this.outcomes.set(id(type, key), {
      type,
      key,
      outcome: 'REFUSED',
      id: null,
      reason: refusal.reason,
      field: refusal.field,
      missingFields: this.missingFieldsOf({ type, key }),
    });
  }

  private isRefused(type: PlannedRecordType, key: string): boolean {
    return this.outcomes.get(id(type, key))?.outcome === 'REFUSED';
  }

  private notRefused(type: PlannedRecordType) {
    return (record: { key: string }) => !this.isRefused(type, record.key);
  }
}

const id = (type: PlannedRecordType, key: string) => `${type} ${key}`;

const OWNER_ORDER: OwnerName[] = ['organisations', 'programmes', 'offers'];
