package org.ikametguide.guide;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on {@link GuideService}'s cache of the content per language (petclinic's CacheConfiguration): on a
 * configuration class of its own rather than on the application class, so that test slices such as
 * {@code @DataJpaTest}, which read the application class but no configuration class, need no cache.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class GuideCaching {

}
