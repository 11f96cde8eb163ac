package vn.doanket.indicators;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeriodProperties.class)
class IndicatorsConfiguration {}
