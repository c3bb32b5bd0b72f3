package io.github.chancery.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.ChanceryModule;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Jackson 2 {@link ObjectMapper} set up as Spring Boot 3 sets it up (here through Boot 4's
 * {@code spring-boot-jackson2}, the same auto-configuration): Boot registers {@code Module}
 * beans and does not look modules up through {@code ServiceLoader}, so the application declares
 * {@link ChanceryModule} as a bean, as the README shows. Without it the mapper refuses to write a
 * vote, naming the module, rather than write part of it.
 */
final class SpringBoot3StyleMapperTest {
  /** The application: the module as a bean. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {
    @Bean
    Module chanceryModule() {
      return new ChanceryModule();
    }
  }

  /** An application that forgot the bean. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ApplicationWithoutTheModule {}

  private static ObjectMapper mapperOf(Class<?> application, ThrowingUse use) throws Exception {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application).web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run()) {
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      use.accept(mapper);
      return mapper;
    }
  }

  @FunctionalInterface
  interface ThrowingUse {
    void accept(ObjectMapper mapper) throws Exception;
  }

  @Test
  void theMapperWithTheModuleBeanWritesAndReadsAVoteInFull() throws Exception {
    mapperOf(Application.class, mapper -> {
      assertThat(mapper.writeValueAsString(SpringBoot4MapperTest.vote())).isEqualTo(SpringBoot4MapperTest.VOTE_JSON);
      assertThat(mapper.readValue(SpringBoot4MapperTest.VOTE_JSON, Vote.class)).isEqualTo(SpringBoot4MapperTest.vote());
    });
  }

  @Test
  void theMapperWithTheModuleBeanRefusesAnInvalidVoteWithChancerysErrorAndPath() throws Exception {
    String negative = SpringBoot4MapperTest.VOTE_JSON.replace("\"value\":1}", "\"value\":-1}");
    String unknown = SpringBoot4MapperTest.VOTE_JSON.replace("{\"type\"", "{\"colour\":\"blue\",\"type\"");

    mapperOf(Application.class, mapper -> {
      assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).as("Boot's default").isFalse();
      Throwable negativeCount = catchThrowable(() -> mapper.readValue(negative, Vote.class));
      Throwable unknownProperty = catchThrowable(() -> mapper.readValue(unknown, Vote.class));

      assertThat(negativeCount).isInstanceOf(ChanceryJsonException.class);
      assertThat(((ChanceryJsonException) negativeCount).problems().stream().map(p -> p.path() + " " + p.code().code())
          .collect(Collectors.toList())).containsExactly("$.counts[1].value negative");
      assertThat(unknownProperty).isInstanceOf(ChanceryJsonException.class).hasMessageContaining("$.colour");
    });
  }

  @Test
  void withoutTheModuleBeanTheMapperRefusesToWriteAVoteNamingTheModule() throws Exception {
    mapperOf(ApplicationWithoutTheModule.class, mapper -> {
      Throwable thrown = catchThrowable(() -> mapper.writeValueAsString(SpringBoot4MapperTest.vote()));

      assertThat(thrown).isInstanceOf(JsonMappingException.class).hasMessageContaining("io.github.chancery.json.ChanceryModule");
    });
  }
}
