package io.github.chancery.core.dossier;

import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import java.util.Optional;

/**
 * The consistency rules of sessions and motions: a session within its parent, of the same
 * legislature; a motion put in a session of its own legislature.
 */
final class LegislatureRules {
  private final CheckContext context;

  LegislatureRules(CheckContext context) {
    this.context = context;
  }

  void session(Session session, String at) {
    Optional<Session> parent = session.parent().flatMap(p -> context.dossier().resolve(p, Session.class));
    if (parent.isEmpty()) {
      return;
    }
    if (!parent.get().legislature().id().equals(session.legislature().id())) {
      context.add(
          FindingCode.SESSION_OF_OTHER_LEGISLATURE,
          session,
          at + Session.PARENT.name(),
          "session '" + session.id() + "' is of " + session.legislature() + " but is part of session '"
              + parent.get().id() + "' of " + parent.get().legislature());
    }
    Session outer = parent.get();
    if (session.start().isPresent() && outer.start().isPresent() && session.start().get().isDefinitelyBefore(outer.start().get())) {
      context.add(
          FindingCode.SESSION_OUTSIDE_PARENT,
          session,
          at + Session.START.name(),
          session.start().get() + " is before session '" + outer.id() + "' opened on " + outer.start().get());
    }
    if (session.end().isPresent() && outer.end().isPresent() && session.end().get().isDefinitelyAfter(outer.end().get())) {
      context.add(
          FindingCode.SESSION_OUTSIDE_PARENT,
          session,
          at + Session.END.name(),
          session.end().get() + " is after session '" + outer.id() + "' closed on " + outer.end().get());
    }
  }

  void motion(Motion motion, String at) {
    motion.session()
        .flatMap(s -> context.dossier().resolve(s, Session.class))
        .filter(session -> !session.legislature().id().equals(motion.legislature().id()))
        .ifPresent(
            session ->
                context.add(
                    FindingCode.SESSION_OF_OTHER_LEGISLATURE,
                    motion,
                    at + Motion.SESSION.name(),
                    "session '" + session.id() + "' is of " + session.legislature() + ", the motion is put before "
                        + motion.legislature()));
  }
}
