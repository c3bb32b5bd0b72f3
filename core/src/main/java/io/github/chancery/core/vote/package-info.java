/**
 * Decisions on motions: {@link io.github.chancery.core.vote.Vote} with its declared {@link
 * io.github.chancery.core.vote.VoteResult}, {@link io.github.chancery.core.vote.VoteMethod},
 * {@link io.github.chancery.core.vote.VotingRule}, {@link io.github.chancery.core.vote.Count}s
 * and individual {@link io.github.chancery.core.vote.Ballot}s.
 */
@ChanceryStyle
package io.github.chancery.core.vote;

import io.github.chancery.core.record.ChanceryStyle;
