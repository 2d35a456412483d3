/**
 * Thrown when `moderate()` is given something that is not a comment.
 * The message names what was expected so a caller can fix its input.
 *
 * @example
 * try { moderate(null as never) } catch (e) { if (e instanceof ModerationInputError) console.error(e.issues) }
 */
export class ModerationInputError extends TypeError {
  override readonly name = 'ModerationInputError';
  readonly code = 'MODERERA_INVALID_COMMENT';
  constructor(
    message: string,
    /** One line per problem, each with the path of the offending field. */
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * Thrown by `defineRuleset()` when a ruleset (or a rule in it) is invalid or unsafe.
 *
 * @example
 * try { defineRuleset({ id: '' } as never) } catch (e) { if (e instanceof RulesetError) console.error(e.issues) }
 */
export class RulesetError extends Error {
  override readonly name = 'RulesetError';
  readonly code = 'MODERERA_INVALID_RULESET';
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}
