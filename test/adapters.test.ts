import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/adapters/html-text.js';
import { ModerationInputError, fromFacebook, fromInstagram, fromPlatformResponse, fromYouTube, fromYouTubeComment, moderate } from '../src/index.js';
import { ROOT } from './helpers.js';

const platform = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, 'fixtures/examples/platforms', file), 'utf8'));
const facebook = platform('facebook-comments.json') as { data: Record<string, unknown>[] };
const instagram = platform('instagram-comments.json') as { data: Record<string, unknown>[] };
const youtube = platform('youtube-comment-threads.json') as { items: Record<string, unknown>[] };

const thrown = (f: () => unknown): ModerationInputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ModerationInputError) return e;
    throw e;
  }
  throw new Error('expected a ModerationInputError');
};

describe('fromFacebook', () => {
  it('maps a Graph API comment: message, from, created_time (offset given a colon), channel', () => {
    expect(fromFacebook(facebook.data[1])).toEqual({
      id: '118204455512345_1029384756103001',
      text: 'Vilken jävla skitkommun, ingen plogar någonsin här',
      author: { id: '7712345678905678', name: 'Arg Exempelperson' },
      createdAt: '2026-01-12T10:15:00+00:00',
      channel: 'facebook',
    });
  });
  it('sets inReplyTo from parent, and takes another channel name', () => {
    const reply = (facebook.data[0]!.comments as { data: unknown[] }).data[0];
    const c = fromFacebook(reply, { channel: 'facebook:osthammarskommun' });
    expect(c.inReplyTo).toBe('118204455512345_1029384756102938');
    expect(c.channel).toBe('facebook:osthammarskommun');
  });
  it('gives a sticker-only comment empty text and leaves out what the API withheld', () => {
    expect(fromFacebook(facebook.data[2])).toMatchObject({ text: '', author: { name: 'Tyst Exempelperson' } });
    expect(fromFacebook({ id: 123, message: 'Hej' })).toEqual({ id: '123', text: 'Hej', channel: 'facebook' });
  });
  it('rejects what is not a Graph API comment, naming the field and what to request', () => {
    expect(thrown(() => fromFacebook({ message: 'Hej' })).issues[0]).toMatch(/^id: /);
    expect(thrown(() => fromFacebook({ id: '1', text: 'Hej' })).message).toMatch(/already a moderera comment/);
    expect(thrown(() => fromFacebook({ id: '1', from: { name: 'A' } })).message).toMatch(/request fields=id,message/);
    expect(thrown(() => fromFacebook({ id: '1', message: 'x', created_time: 'igår' })).issues[0]).toMatch(/^created_time: must be an ISO-8601/);
    expect(thrown(() => fromFacebook(null)).code).toBe('MODERERA_INVALID_COMMENT');
  });
  it('feeds moderate(): spans point into the mapped text and the evidence keeps the sender', () => {
    const d = moderate(fromFacebook(facebook.data[1]), { now: '2026-01-12T11:00:00Z' });
    expect(d.action).toBe('delete-after-screenshot');
    const f = d.findings.find((x) => x.text === 'jävla')!;
    expect('Vilken jävla skitkommun, ingen plogar någonsin här'.slice(f.start, f.end)).toBe('jävla');
    expect(d.archival.evidence).toMatchObject({ author: { id: '7712345678905678', name: 'Arg Exempelperson' }, channel: 'facebook', createdAt: '2026-01-12T10:15:00.000Z' });
  });
});

describe('fromInstagram', () => {
  it('maps an IG Comment: text, timestamp, from.username as the author name, parent_id', () => {
    const reply = (instagram.data[0]!.replies as { data: unknown[] }).data[0];
    expect(fromInstagram(reply)).toEqual({
      id: '17858893269000102',
      text: '@exempel.anna håller med, fan vad snyggt',
      author: { id: '17841400000000102', name: 'exempel.bertil' },
      createdAt: '2026-05-03T19:01:05+00:00',
      channel: 'instagram',
      inReplyTo: '17858893269000101',
    });
  });
  it('falls back to username when from is withheld', () => {
    expect(fromInstagram(instagram.data[1]).author).toEqual({ name: 'exempel.shop' });
  });
  it('rejects a comment fetched without its text', () => {
    expect(thrown(() => fromInstagram({ id: '1', timestamp: '2026-05-03T18:22:40+0000' })).issues[0]).toMatch(/^text: missing: request fields=id,text/);
  });
});

describe('fromYouTube', () => {
  it('maps a commentThread to the top-level comment and its replies, in order', () => {
    const [top, reply, ...rest] = fromYouTube(youtube.items[0]);
    expect(rest).toEqual([]);
    expect(top).toEqual({
      id: 'UgzExempelTrad1AaBbCc',
      text: 'Bra film om nya cykelvägen! När blir sträckan till Gimo klar?',
      author: { id: 'UCexempelCyklist00001', name: '@exempelcyklist' },
      createdAt: '2026-03-01T12:00:00Z',
      channel: 'youtube',
    });
    expect(reply).toMatchObject({ id: 'UgzExempelTrad1AaBbCc.9ExempelSvar01', inReplyTo: 'UgzExempelTrad1AaBbCc' });
  });
  it('reads textDisplay as HTML when textOriginal is withheld', () => {
    expect(fromYouTube(youtube.items[0])[1]!.text).toBe('Du är en jävla idiot om du tror att den blir klar i år & det vet alla\n/Någon');
  });
  it('sets inReplyTo from the thread when a reply does not repeat parentId', () => {
    const thread = structuredClone(youtube.items[0]) as { replies: { comments: { snippet: Record<string, unknown> }[] } };
    delete thread.replies.comments[0]!.snippet.parentId;
    expect(fromYouTube(thread)[1]!.inReplyTo).toBe('UgzExempelTrad1AaBbCc');
  });
  it('maps a single comment resource and names the nested field that is wrong', () => {
    expect(fromYouTubeComment({ id: 'c1', snippet: { textDisplay: 'Hej' } })).toEqual({ id: 'c1', text: 'Hej', channel: 'youtube' });
    expect(thrown(() => fromYouTube({ id: 't', snippet: { topLevelComment: { id: 'c', snippet: {} } } })).issues).toEqual([
      'snippet.topLevelComment.snippet.textDisplay: missing, and so is textOriginal: request part=snippet',
    ]);
  });
});

describe('htmlToText', () => {
  it.each([
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['<a href="https://example.com">länk</a> &amp; <b>fet</b>', 'länk & fet'],
    ['&quot;citat&quot; &#39;x&#39; &#x1F44D; &lt;3', '"citat" \'x\' 👍 <3'],
    ['&okänd; &#0; &#99999999;', '&okänd; &#0; &#99999999;'],
    ['Tack!', 'Tack!'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('fromPlatformResponse', () => {
  it('flattens a Graph API page with nested replies right after their comment', () => {
    const comments = fromPlatformResponse('facebook', facebook);
    expect(comments.map((c) => [c.id.split('_')[1], c.inReplyTo?.split('_')[1]])).toEqual([
      ['1029384756102938', undefined],
      ['1029384756102999', '1029384756102938'],
      ['1029384756103001', undefined],
      ['1029384756103002', undefined],
    ]);
  });
  it('reads Instagram replies and YouTube thread and comment lists', () => {
    expect(fromPlatformResponse('instagram', instagram).map((c) => c.id)).toEqual(['17858893269000101', '17858893269000102', '17858893269000103']);
    expect(fromPlatformResponse('youtube', youtube).map((c) => c.id)).toEqual(['UgzExempelTrad1AaBbCc', 'UgzExempelTrad1AaBbCc.9ExempelSvar01', 'UgxExempelTrad2DdEeFf']);
    const commentList = { kind: 'youtube#commentListResponse', items: [{ kind: 'youtube#comment', id: 'r1', snippet: { textOriginal: 'Svar', parentId: 'p' } }] };
    expect(fromPlatformResponse('youtube', commentList)).toEqual([{ id: 'r1', text: 'Svar', channel: 'youtube', inReplyTo: 'p' }]);
  });
  it('accepts one comment or an array, and names the place of a bad entry', () => {
    expect(fromPlatformResponse('facebook', { id: '1', message: 'Hej' })).toHaveLength(1);
    expect(fromPlatformResponse('instagram', [{ id: '1', text: 'a' }, { id: '2', text: 'b' }])).toHaveLength(2);
    const bad = structuredClone(facebook);
    (bad.data[0]!.comments as { data: Record<string, unknown>[] }).data[0]!.created_time = 'då';
    expect(thrown(() => fromPlatformResponse('facebook', bad)).issues).toEqual([expect.stringMatching(/^data\[0\]\.comments\.data\[0\]\.created_time: must be an ISO-8601/)]);
    expect(thrown(() => fromPlatformResponse('mastodon' as never, {})).message).toMatch(/knows facebook, instagram, youtube/);
  });
});
