import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatsDocument } from '../__generated__/graphql.js';
import { describeErrors, request } from './client.js';

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('says in words why a request failed', () => {
    expect(describeErrors([{ message: 'No node has the id x', extensions: { code: 'NOT_FOUND' } }]).message).toBe(
      'Not found: No node has the id x',
    );
    expect(describeErrors([{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }]).message).toMatch(
      /Wait a moment/,
    );
    expect(describeErrors([{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]).message).toMatch(
      /server failed/,
    );
  });

  it('says in words that a change needs an editor, a conflict needs a reload, and puts problems by field', () => {
    const anonymous = describeErrors([{ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } }], {
      mutation: true,
    });
    expect(anonymous.message).toBe('Sign in as an editor to change data.');
    expect(
      describeErrors([{ message: 'EDITOR needed', extensions: { code: 'FORBIDDEN' } }], { mutation: true }).message,
    ).toMatch(/^Sign in as an editor to change data\. Your account may read/);
    expect(describeErrors([{ message: 'stale', extensions: { code: 'CONFLICT' } }]).message).toMatch(
      /Someone else changed this record.*Reload/,
    );
    const bad = describeErrors([
      {
        message: 'endDate: is before startDate',
        extensions: {
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'meeting.endDate', code: 'END_BEFORE_START', message: 'is before startDate' }],
        },
      },
    ]);
    expect(bad.problems).toEqual([
      { field: 'meeting.endDate', code: 'END_BEFORE_START', message: 'is before startDate' },
    ]);
  });

  it('turns an unreachable server and a failing one into sentences', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('fetch failed')));
    await expect(request(StatsDocument, {})).rejects.toThrow(/Cannot reach the Coordination Atlas server/);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(request(StatsDocument, {})).rejects.toThrow(/failed to answer \(HTTP 502\)/);
  });

  it('posts the printed document with its variables and returns the data', async () => {
    const fetch = vi.fn().mockResolvedValue(Response.json({ data: { stats: { nodes: [] } } }));
    vi.stubGlobal('fetch', fetch);
    expect(await request(StatsDocument, {})).toEqual({ stats: { nodes: [] } });
    const body = JSON.parse((fetch.mock.calls[0]![1] as RequestInit).body as string) as {
      query: string;
      operationName: string;
    };
    expect(body.operationName).toBe('Stats');
    expect(body.query).toMatch(/query Stats/);
  });
});
