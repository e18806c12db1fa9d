package org.ikametguide.tracker;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation's "now" is the tracker's: {@code @PastOrPresent} means not after today in Turkey. */
@Configuration(proxyBeanMethods = false)
class TrackerValidation {

	@Bean
	ValidationConfigurationCustomizer turkeyClockForValidation(TrackerClock clock) {
		return (configuration) -> configuration.clockProvider(clock);
	}

}
