package io.github.chancery.popolo;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.Violations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Popolo's memberships, as {@link Membership}s, and its posts, which are not records in Chancery:
 * a post's label is the post of the memberships that name it, and its organization theirs when
 * they give none. A membership takes its member, organization or post from the object that embeds
 * it when it does not name them. Memberships and posts embedded in embedded objects (a voter's
 * memberships) are mapped with the others of their kind, or at once when those have been mapped.
 *
 * <p>Not thread-safe: one per import.
 */
final class Memberships extends Mapping {
  private static final Set<String> MEMBERSHIP_FIELDS =
      Set.of("id", "person_id", "person", "member", "member_id", "organization_id", "organization", "post_id", "post", "role", "label",
          "on_behalf_of_id", "on_behalf_of", "legislative_period_id", "legislative_period", "start_date", "end_date", "sources");
  private static final Set<String> POST_FIELDS = Set.of("id", "label", "organization_id", "organization", "memberships");

  private final Sessions sessions;
  /** The posts by id: the first given, in full or as a copy, is the one memberships take their post from. */
  private final Map<String, PopoloObject> posts = new HashMap<>();
  /** Where the memberships and posts embedded in embedded objects are, each read once. */
  private final Set<String> nestedPaths = new HashSet<>();
  private boolean postsMapped;
  private boolean membershipsMapped;

  Memberships(Shared shared, Sessions sessions) {
    super(shared);
    this.sessions = sessions;
  }

  @Override
  void map(Kind kind, PopoloObject object) {
    if (kind == Kind.POSTS) {
      post(object);
    } else {
      membership(object);
    }
  }

  /** Maps the posts collected; posts met later are mapped at once. */
  void mapPosts() {
    mapQueued(Kind.POSTS);
    postsMapped = true;
  }

  /** Maps the memberships collected; memberships met later are mapped at once. */
  void mapMemberships() {
    mapQueued(Kind.MEMBERSHIPS);
    membershipsMapped = true;
  }

  /** A post given in the file: not a record, but what memberships that name it take their post and organization from. */
  private void post(PopoloObject post) {
    String raw = fields.idText(post, post.fields(), "id", post.path());
    if (raw != null) {
      String id = fields.id(raw, post.path("id"), post);
      PopoloObject earlier = posts.get(id);
      if (earlier == null) {
        posts.put(id, post);
      } else if (earlier.isCopy() && !samePost(earlier, post)) {
        // Only a post embedded in an embedded organization comes after memberships that took their post from a copy.
        fields.warn(post, post.path(), "post '" + id + "' differs from its embedded copy at " + earlier.path()
            + ", which the memberships read before it took their post from and which is kept: this post is not kept");
      } else if (!earlier.isCopy() && !samePost(earlier, post)) {
        fields.warn(post, post.path(), "a second post with id '" + id + "' differs from the first, which is kept: this one is not kept");
      }
    }
    fields.warn(post, post.path(), "a post is not a record of its own in Chancery: its label is the post of the memberships that name it");
    known(post, Kind.POSTS, POST_FIELDS);
  }

  /** A copy of a post embedded in a reference (a membership's post): kept when it is the first, else compared. */
  void embeddedPost(String id, PopoloObject copy) {
    PopoloObject earlier = posts.get(id);
    if (earlier == null) {
      posts.put(id, copy);
    } else if (!samePost(earlier, copy)) {
      fields.warn(copy, copy.path(), "this embedded copy of post '" + id + "' differs from "
          + (earlier.isCopy() ? "the copy at " + earlier.path() : "the post given in full") + ", which is kept: this copy is not kept");
    }
  }

  /** Whether a post says nothing its kept form does not: the same label and organization, where it gives them. */
  private static boolean samePost(PopoloObject kept, PopoloObject other) {
    for (String field : List.of("label", "organization_id")) {
      String said = Fields.text(other.fields(), field);
      if (said != null && !said.equals(Fields.text(kept.fields(), field))) {
        return false;
      }
    }
    JsonTree organization = other.get("organization");
    JsonTree keptOrganization = kept.get("organization");
    String said = organization != null && organization.isObject() ? Fields.text(organization, "id") : null;
    String keptSaid = keptOrganization != null && keptOrganization.isObject()
        ? Fields.text(keptOrganization, "id")
        : Fields.text(kept.fields(), "organization_id");
    return said == null || said.equals(keptSaid);
  }

  /**
   * Reads the memberships and posts an embedded person, organization or post embeds in turn (a
   * voter's memberships), at the place of the copy.
   *
   * @param kind the embedded object's kind
   * @param id its id, repaired or derived
   * @param copy the embedded object
   */
  void nestedIn(Kind kind, String id, PopoloObject copy) {
    if (kind == Kind.PERSONS || kind == Kind.ORGANIZATIONS || kind == Kind.POSTS) {
      PopoloObject.Parent parent = new PopoloObject.Parent(id, kind);
      fields.array(copy, "memberships", (element, at) -> nested(Kind.MEMBERSHIPS, copy.path("memberships") + at, element, parent, copy));
    }
    if (kind == Kind.ORGANIZATIONS) {
      PopoloObject.Parent parent = new PopoloObject.Parent(id, Kind.ORGANIZATIONS);
      fields.array(copy, "posts", (element, at) -> nested(Kind.POSTS, copy.path("posts") + at, element, parent, copy));
    }
  }

  /**
   * A membership or post embedded in an embedded object: queued with the others of its kind, or,
   * when those have all been mapped, mapped at once. Its warnings stand where its container is.
   */
  private void nested(Kind kind, String path, JsonTree element, PopoloObject.Parent parent, PopoloObject container) {
    if (!nestedPaths.add(path)) {
      return; // its container read twice (a vote event's organization, for its motion and for itself)
    }
    PopoloObject object = container.embedded(path, element, parent);
    if (kind == Kind.POSTS ? !postsMapped : !membershipsMapped) {
      queue(kind, object);
    } else {
      map(kind, object);
    }
    if (kind == Kind.POSTS) {
      // After the post, so that its memberships, if mapped at once, find it.
      String raw = Fields.text(element, "id");
      PopoloObject.Parent post = raw == null ? null : new PopoloObject.Parent(raw, Kind.POSTS);
      fields.array(object, "memberships", (inner, at) -> nested(Kind.MEMBERSHIPS, path + ".memberships" + at, inner, post, object));
    }
  }

  private void membership(PopoloObject object) {
    PopoloObject.Parent parent = object.parent();
    Kind parentKind = parent == null ? null : parent.kind();
    String person = references.id(object, "person", "person_id", Kind.PERSONS);
    // Popolo's `member` is a person or an organization, as its @type says.
    String other = references.id(object, "member", "member_id", Kind.PERSONS);
    if (person != null && other != null && !person.equals(other)) {
      fields.warn(object, object.path("member"), "the member '" + other + "' is not the person '" + person
          + "' the membership names: the person is kept");
    }
    String member = person != null ? person : other;
    if (member == null && parentKind == Kind.PERSONS) {
      member = fields.id(parent.id(), object.path(), object);
    }
    // The organization first: an embedded organization may hold the post the membership names.
    String organization = references.id(object, "organization", "organization_id", Kind.ORGANIZATIONS);
    PopoloObject post = null;
    String postId = references.id(object, "post", "post_id", Kind.POSTS);
    if (postId != null) {
      post = posts.get(postId);
    } else if (parentKind == Kind.POSTS) {
      post = posts.get(fields.id(parent.id(), object.path(), object));
    }
    if (organization == null && parentKind == Kind.ORGANIZATIONS) {
      organization = fields.id(parent.id(), object.path(), object);
    }
    if (organization == null && post != null) {
      // The post's organization, read on this membership's behalf.
      PopoloObject read = post.readFor(object);
      organization = references.id(read, "organization", "organization_id", Kind.ORGANIZATIONS);
      if (organization == null && post.parent() != null) {
        organization = fields.id(post.parent().id(), post.path(), object); // a post embedded in its organization
      }
    }
    if (member == null || organization == null) {
      fields.warn(object, object.path(), "a membership needs a member and an organization (directly or through its post): not imported");
      return;
    }
    String id = fields.idText(object, object.fields(), "id", object.path());
    // Derived from the parent too: the same membership content in two persons is two memberships.
    String membershipId = id != null ? fields.id(id, object.path("id"), object)
        : parent == null ? Ids.derived("membership", object.fields()) : "membership-" + Ids.hash(object.fields() + "\u0000" + parent);
    Membership.Builder built = Membership.builder().id(membershipId).member(Reference.to(member)).organization(Reference.to(organization));
    fields.optionalText(object, "role").ifPresent(built::role);
    Optional<String> own = fields.optionalText(object, "label");
    Optional<String> label = post == null ? Optional.empty() : Optional.ofNullable(Fields.text(post.fields(), "label")).filter(Violations::isSoundText);
    if (label.isPresent() && own.isPresent() && !own.equals(label)) {
      fields.warn(object, object.path("label"), "the membership's label '" + own.get() + "' is not kept: its post's label '" + label.get()
          + "' is its post");
    }
    label.or(() -> own).ifPresent(built::post);
    if (post == null && postId != null && own.isEmpty()) {
      built.post(postId);
      fields.warn(object, object.path("post_id"), "the file holds no post '" + postId + "': its id is kept as the post");
    } else if (post == null && postId != null) {
      fields.warn(object, object.path("post_id"), "the file holds no post '" + postId + "': the membership's label is kept as the post");
    }
    String behalf = references.id(object, "on_behalf_of", "on_behalf_of_id", Kind.ORGANIZATIONS);
    if (behalf != null) {
      built.onBehalfOf(Reference.to(behalf));
    }
    String body = organization;
    String period = references.id(object, "legislative_period", "legislative_period_id", Kind.EVENTS,
        embedded -> sessions.event(embedded, SessionKind.TERM, body));
    if (period != null) {
      built.session(Reference.to(period));
    }
    fields.dates(object, "start_date", "end_date", built::start, built::end);
    built.addAllSources(parts.sources(object));
    known(object, Kind.MEMBERSHIPS, MEMBERSHIP_FIELDS);
    keep(object, built::build);
  }
}
