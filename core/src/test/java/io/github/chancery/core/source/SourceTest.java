package io.github.chancery.core.source;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.net.URI;
import org.junit.jupiter.api.Test;

final class SourceTest {
  @Test
  void recordsAnArticleWithItsAuthorDatesAndQuotedWords() {
    Source article =
        Source.builder()
            .id("src-1")
            .kind(SourceKind.NEWS_ARTICLE)
            .publisher("AzerNews")
            .authorName("Vafa Ismayilova")
            .url(URI.create("https://www.azernews.az/nation/175000.html"))
            .publishedOn(PartialDate.of(2020, 12, 10))
            .retrievedOn(PartialDate.of(2026, 11, 28))
            .addQuote("The Canadian Senate has rejected a motion")
            .build();

    assertThat(article.quotes()).containsExactly("The Canadian Senate has rejected a motion");
  }

  @Test
  void takesTheAddressOfThePublicationAsTextAsItIsCopiedFromABrowser() {
    Source story = Source.builder().id("src-un-news").kind(SourceKind.NEWS_ARTICLE)
        .url("https://news.un.org/en/story/2022/03/1113152").build();

    assertThat(story.url()).contains(URI.create("https://news.un.org/en/story/2022/03/1113152"));
  }

  @Test
  void refusesTextThatIsNotAUrlNamingTheFieldAndTheRule() {
    assertThatThrownBy(() -> Source.builder().url("https://news.un.org/en/story/2022 03"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("url");
              assertThat(v.code()).isEqualTo(ViolationCode.INVALID_URL);
            }))
        .hasMessageContaining("'https://news.un.org/en/story/2022 03' is not a valid URL");
  }

  @Test
  void recordsATweetByARecordedPerson() {
    Source tweet =
        Source.builder()
            .id("src-tweet")
            .kind(SourceKind.SOCIAL_MEDIA_POST)
            .author(Reference.<Person>to("person-leo-housakos"))
            .publishedOn(PartialDate.of(2020, 12, 9))
            .build();

    assertThat(tweet.author()).hasValue(Reference.to("person-leo-housakos"));
  }

  @Test
  void rejectsASourceThatIdentifiesNothing() {
    once(() -> Source.builder().id("src-1").build(), "title", ViolationCode.REQUIRED);
  }

  @Test
  void acceptsInternationalisedAndUnderscoredHosts() {
    assertThat(Source.builder().id("src-1").url(URI.create("https://президент.рф/")).build().url()).isPresent();
    assertThat(Source.builder().id("src-1").url(URI.create("https://my_site.example.com/x")).build().url()).isPresent();
  }

  @Test
  void rejectsARelativeUrl() {
    once(
        () -> Source.builder().id("src-1").url(URI.create("azernews.az/nation")).build(),
        "url",
        ViolationCode.INVALID_URL);
  }

  @Test
  void rejectsAUrlThatIsNotHttp() {
    once(
        () -> Source.builder().id("src-1").url(URI.create("ftp://example.org/file")).build(),
        "url",
        ViolationCode.INVALID_URL);
  }

  @Test
  void rejectsARetrievalDefinitelyBeforePublication() {
    once(
        () ->
            Source.builder()
                .id("src-1")
                .publisher("AzerNews")
                .publishedOn(PartialDate.of(2020, 12))
                .retrievedOn(PartialDate.of(2020, 11, 30))
                .build(),
        "retrieved_on",
        ViolationCode.DATE_ORDER);
  }

  @Test
  void rejectsABlankQuote() {
    once(() -> Source.builder().id("src-1").publisher("AzerNews").addQuote(" ").build(), "quotes[0]", ViolationCode.BLANK);
  }
}
