package de.integrationsnetz.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the Cypher statements the application sends to Neo4j: wraps the driver so that
 * every {@code run} on a session or transaction it hands out is counted, whichever code
 * sends it. Registered in the test context by {@link GraphIntegrationTest}.
 */
public class CypherCounter implements BeanPostProcessor {

	private final AtomicInteger count = new AtomicInteger();

	public int count() {
		return this.count.get();
	}

	public void reset() {
		this.count.set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver, Driver.class);
		}
		return bean;
	}

	private Object wrap(Object target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		Class<?>[] interfaces = ClassUtils.getAllInterfaces(target);
		return Proxy.newProxyInstance(type.getClassLoader(), interfaces, handler);
	}

	private Object invoke(Object target, Method method, Object[] args) throws Throwable {
		if ("run".equals(method.getName())) {
			this.count.incrementAndGet();
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		Class<?> returned = method.getReturnType();
		boolean driverApi = returned.isInterface() && returned.getPackageName().startsWith("org.neo4j.driver")
				&& (returned.getSimpleName().endsWith("Session") || returned.getSimpleName().endsWith("Transaction"));
		return (result != null && driverApi && returned.isInstance(result)) ? wrap(result, returned) : result;
	}

}
