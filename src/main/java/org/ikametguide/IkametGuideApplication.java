package org.ikametguide;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

@SpringBootApplication
@EnableCaching
public class IkametGuideApplication {

	public static void main(String[] args) {
		SpringApplication.run(IkametGuideApplication.class, args);
	}

}
