package io.github.chancery.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot 4 application with {@code chancery-json-jackson3} on its class path and nothing
 * else: the {@link JsonMapper} Boot configures (Jackson 3) writes and reads a vote in full and
 * refuses an invalid one with Chancery's error and path.
 */
final class SpringBoot4MapperTest {
  /** The application: no Chancery configuration at all. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {}

  private static ConfigurableApplicationContext context;
  private static JsonMapper mapper;

  @BeforeAll
  static void start() {
    context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run();
    mapper = context.getBean(JsonMapper.class);
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  static Vote vote() {
    return Vote.builder()
        .id("vote-fr-senat-ppr-150")
        .motion(Reference.to("motion-fr-senat-ppr-150"))
        .result(VoteResult.ADOPTED)
        .date(PartialDate.parse("2020-11-25"))
        .addCounts(Count.of(VoteOption.YES, 305), Count.of(VoteOption.NO, 1))
        .build();
  }

  static final String VOTE_JSON =
      "{\"type\":\"vote\",\"id\":\"vote-fr-senat-ppr-150\",\"motion_id\":\"motion-fr-senat-ppr-150\",\"result\":\"adopted\","
          + "\"date\":\"2020-11-25\",\"counts\":[{\"option\":\"yes\",\"value\":305},{\"option\":\"no\",\"value\":1}]}";

  @Test
  void bootsMapperWritesAVoteInFull() {
    assertThat(mapper.writeValueAsString(vote())).isEqualTo(VOTE_JSON);
  }

  @Test
  void bootsMapperReadsTheVoteBack() {
    assertThat(mapper.readValue(VOTE_JSON, Vote.class)).isEqualTo(vote());
  }

  @Test
  void bootsMapperRefusesAnInvalidVoteWithChancerysErrorAndPath() {
    String negative = VOTE_JSON.replace("\"value\":1}", "\"value\":-1}");

    Throwable thrown = catchThrowable(() -> mapper.readValue(negative, Vote.class));

    assertThat(thrown).isInstanceOf(ChanceryJsonException.class);
    assertThat(((ChanceryJsonException) thrown).problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList()))
        .containsExactly("$.counts[1].value negative");
  }

  @Test
  void bootsMapperStaysStrictAboutUnknownPropertiesThoughBootIgnoresThemForOtherTypes() {
    String unknown = VOTE_JSON.replace("{\"type\"", "{\"colour\":\"blue\",\"type\"");
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).as("Boot's default").isFalse();

    Throwable thrown = catchThrowable(() -> mapper.readValue(unknown, Vote.class));

    assertThat(thrown).isInstanceOf(ChanceryJsonException.class).hasMessageContaining("$.colour");
  }
}
