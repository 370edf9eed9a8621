import 'reflect-metadata';
import { parse } from 'graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { z } from '@passerelle/config';
import { changesInput, DEFAULT_STRING_MAX, inputDefinition, newRecordInput, parseInput } from '../src';

@Entity('notes')
class Note {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'int', nullable: true })
  stars!: number | null;
}

const typeDefs = parse(`
  scalar DateTime
  enum Mood { CALM STORMY }
  input NoteInput { title: String!, body: String, stars: Int, mood: Mood, tag: String, due: DateTime, tags: [String!] }
`);

type NoteInput = {
  title: string;
  body?: string | null;
  stars?: number | null;
  mood?: 'CALM' | 'STORMY' | null;
  tag?: string | null;
  due?: Date | null;
  tags?: string[] | null;
};

const scalars = { DateTime: z.date() };
const rules = { tags: z.array(z.string()) };
const definition = inputDefinition<NoteInput, Note>(typeDefs, 'NoteInput', { entity: Note, scalars });
const newNote = newRecordInput(definition, rules);
const noteChanges = changesInput(definition, rules);

/** The field and message of the error parseInput throws, or the parsed value. */
function outcome(schema: z.ZodType, value: unknown): unknown {
  try {
    return parseInput(schema, value);
  } catch (error) {
    const { extensions, message } = error as { extensions: { code: string; field: string }; message: string };
    return { code: extensions.code, field: extensions.field, message };
  }
}

describe('input checks built from the schema’s input type', () => {
  it('fills what a new record leaves out with null, and checks each field by its scalar and column', () => {
    expect(outcome(newNote, { title: 'Hello' })).toEqual({
      title: 'Hello',
      body: null,
      stars: null,
      mood: null,
      tag: null,
      due: null,
      tags: null,
    });
    // a String as long as its column, one line; a TEXT column takes paragraphs
    expect(outcome(newNote, { title: 'x'.repeat(21) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      message: 'input.title: must be at most 20 characters',
    });
    expect(outcome(newNote, { title: 'Hi', body: 'two\nlines' })).toMatchObject({ body: 'two\nlines' });
    // a String with no column: one line of at most DEFAULT_STRING_MAX
    expect(outcome(newNote, { title: 'Hi', tag: 'x'.repeat(DEFAULT_STRING_MAX + 1) })).toMatchObject({ field: 'input.tag' });
    expect(outcome(newNote, { title: 'Hi', tag: 'a\tb' })).toMatchObject({
      field: 'input.tag',
      message: 'input.tag: must be a single line: no tab or line break',
    });
    expect(outcome(newNote, { title: 'Hi', stars: 2.5 })).toMatchObject({ field: 'input.stars' });
    expect(outcome(newNote, { title: 'Hi', mood: 'SUNNY' })).toMatchObject({
      field: 'input.mood',
      message: 'input.mood: must be one of CALM, STORMY',
    });
    expect(outcome(newNote, { title: 'Hi', color: 'red' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(outcome(newNote, {})).toMatchObject({ field: 'input.title' });
  });

  it('lets changes clear only a field whose column may be null, and asks for at least one', () => {
    expect(outcome(noteChanges, { body: null, stars: null })).toEqual({ body: null, stars: null });
    expect(outcome(noteChanges, { title: null })).toMatchObject({
      field: 'input.title',
      message: 'input.title: cannot be cleared: leave it out to keep it as it is',
    });
    // not a column: nothing to clear
    expect(outcome(noteChanges, { tags: null })).toMatchObject({ field: 'input.tags' });
    expect(outcome(noteChanges, {})).toMatchObject({ field: 'input', message: 'input: must change at least one field' });
  });

  it('refuses at start a list or custom scalar with no rule, and a rule for a field the type lacks', () => {
    expect(() => newRecordInput(definition, {} as typeof rules)).toThrow('NoteInput.tags is a list: give it a rule');
    expect(() => newRecordInput(inputDefinition<NoteInput, Note>(typeDefs, 'NoteInput', { entity: Note }), rules)).toThrow(
      'NoteInput.due is a DateTime, a scalar with no default rule: pass one in scalars',
    );
    expect(() => newRecordInput(definition, { ...rules, colour: z.string() })).toThrow(
      'NoteInput has no field colour to check with a rule',
    );
    expect(() => inputDefinition(typeDefs, 'Missing')).toThrow('the schema declares no input Missing');
  });
});
