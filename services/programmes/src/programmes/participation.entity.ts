import type * as Schema from '../generated/resolvers-types';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const PARTICIPATION_ROLES = [
  'LEAD',
  'COORDINATOR',
  'SECRETARIAT',
  'MANAGER',
  'IMPLEMENTING',
  'FUNDING',
  'SPONSOR',
  'BOARD_CO_CHAIR',
  'TRAINING_PROVIDER',
  'PARTNER',
] as const satisfies readonly Schema.ParticipationRole[];
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/**
 * An organisation's stated role in a programme. Donors are not stored here: a recorded
 * contribution makes its donor a FUNDING participant.
 */
@Entity('programme_participants')
export class Participation {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 64 })
  programmeId!: string;

  /** An id of the organisations service. */
  @PrimaryColumn({ name: 'organisation_id', type: 'varchar', length: 64 })
  organisationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role!: ParticipationRole;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The order the programme's participants are listed in. */
  @Column({ type: 'int' })
  position!: number;
}
