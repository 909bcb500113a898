package de.integrationsnetz.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Cross-cutting GraphQL wiring: scalars and the clock that decides what "current" means.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(DateScalar.DATE);
	}

	/**
	 * The clock of "today" for validity periods, in the city's time zone. Setting
	 * {@code integrationsnetz.today} (a date) shows the graph as of that day instead, for
	 * demonstrations and repeatable tests.
	 * @param today the day to pretend it is, or empty for the real date
	 * @return the clock
	 */
	@Bean
	Clock clock(@Value("${integrationsnetz.today:}") String today) {
		ZoneId zone = ZoneId.of("Europe/Berlin");
		if (today.isBlank()) {
			return Clock.system(zone);
		}
		return Clock.fixed(LocalDate.parse(today).atStartOfDay(zone).toInstant(), zone);
	}

}
