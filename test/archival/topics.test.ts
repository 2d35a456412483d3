import { describe, expect, it } from 'vitest';
import { matchTopics, routeDepartment } from '../../src/decide/topics.js';
import { normalise } from '../../src/normalise/normalise.js';
import { tokenize } from '../../src/normalise/tokens.js';
import { TopicTermSchema, type Policy } from '../../src/ruleset/schema.js';
import { mergePolicy } from '../../src/ruleset/define-ruleset.js';
import { policy } from './helpers.js';

const route = (text: string, p: Policy = policy) => routeDepartment(matchTopics(tokenize(normalise(text)), p), p);

describe('topic routing (reply.topics in the ruleset)', () => {
  it.each([
    ['Snöröjningen är dålig', 'samhällsbyggnad', 'snorojning'],
    ['Plogbilen har inte varit här', 'samhällsbyggnad', 'snorojning'],
    ['Det är en vattenläcka vid torget', 'samhällsbyggnad', 'vatten-och-avlopp'],
    ['Hur går det med bygglovet?', 'samhällsbyggnad', 'bygglov'],
    ['Hur söker man bygglovsansökan?', 'samhällsbyggnad', 'bygglov'],
    ['Vi har frågor om vatten och avlopp', 'samhällsbyggnad', 'vatten-och-avlopp'],
    ['När töms soptunnorna?', 'samhällsbyggnad', 'avfall'],
    ['Busshållplatsen är flyttad', 'samhällsbyggnad', 'kollektivtrafik'],
    ['Skolan i Alunda', 'bildning', 'skola'],
    ['Högstadieskolan i Gimo', 'bildning', 'skola'],
    ['Förskolan har stängt', 'bildning', 'skola'],
    ['Hemtjänsten kom inte', 'socialförvaltningen', 'omsorg'],
    ['Biblioteket i Öregrund', 'kultur och fritid', 'kultur-och-fritid'],
    ['Badhuset är stängt', 'kultur och fritid', 'kultur-och-fritid'],
    ['Kulturskolan har konsert', 'kultur och fritid', 'kultur-och-fritid'],
    ['Slutförvaret i Forsmark', 'kommunledningskontoret', 'forsmark'],
    ['Snoröjningen ar dalig', 'samhällsbyggnad', 'snorojning'],
    ['When does the library open?', 'kultur och fritid', 'kultur-och-fritid'],
  ])('%j → %s (%s)', (text, department, topicId) => {
    expect(route(text)).toEqual({ department, topicId });
  });

  it('keeps look-alikes out: allow-lists and whole words', () => {
    expect(matchTopics(tokenize(normalise('Kulturskolan')), policy).map((h) => h.topicId)).toEqual(['kultur-och-fritid']);
    expect(matchTopics(tokenize(normalise('Han är så bussig')), policy)).toEqual([]);
    expect(matchTopics(tokenize(normalise('Det va kul igår')), policy)).toEqual([]);
    expect(matchTopics(tokenize(normalise('Vi skolkade aldrig')), policy)).toEqual([]);
  });

  it('routes by most hits, then by first mention; general topics only when nothing specific matched', () => {
    expect(route('Kommunen har inte plogat')).toEqual({ department: 'samhällsbyggnad', topicId: 'snorojning' });
    expect(route('Kommunen svarar aldrig')).toEqual({ department: 'kommunledningskontoret', topicId: 'kommunen' });
    expect(route('Skolan ligger nära plogvallen och busshållplatsen').department).toBe('samhällsbyggnad');
    expect(route('Gatlampan vid skolan').department).toBe('samhällsbyggnad');
    expect(route('Skolan vid gatlampan').department).toBe('bildning');
  });

  it('falls back to the default department', () => {
    expect(route('Någon som vet något?')).toEqual({ department: 'kommunledningskontoret' });
    const custom = mergePolicy(policy, { reply: { defaultDepartment: 'kontaktcenter', topics: [] } });
    expect(route('Badhuset är stängt', custom)).toEqual({ department: 'kontaktcenter' });
  });

  it('takes topics from the policy, so a ruleset can route differently', () => {
    const custom = mergePolicy(policy, {
      reply: { topics: [{ id: 'bad', department: 'fritidsförvaltningen', general: false, terms: ['*badhus*', 'simhall*'], allow: [] }] },
    });
    expect(route('Badhuset är stängt', custom)).toEqual({ department: 'fritidsförvaltningen', topicId: 'bad' });
    expect(route('Snöröjningen är dålig', custom)).toEqual({ department: 'kommunledningskontoret' });
  });

  it.each(['Snöröjning', 'pl*', '*', 'snö-röjning', ' snö', 'a'])('rejects the topic term %j', (term) => {
    expect(TopicTermSchema.safeParse(term).success).toBe(false);
  });
  it.each(['snöröjning*', '*skolan', '*bibliotek*', 'va taxa*', 'vatten och avlopp', 'ul'])('accepts the topic term %j', (term) => {
    expect(TopicTermSchema.safeParse(term).success).toBe(true);
  });
});
