package io.radiant.registry.bench;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the service executes, by wrapping its DataSource (connections and statements
 * are JDK proxies). Quartz's own statements (cluster check-ins, trigger scans: they name the QRTZ_ tables)
 * are left out, so the count is what a sync costs.
 */
final class StatementCounter implements BeanPostProcessor {

    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());

    void reset() {
        executed.clear();
    }

    List<String> executed() {
        synchronized (executed) {
            return new ArrayList<>(executed);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(dataSource, new Class<?>[] {DataSource.class, Closeable.class}, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return (Connection) proxy(connection, new Class<?>[] {Connection.class}, (target, method, args) -> {
            Object result = invoke(target, method, args);
            String name = method.getName();
            if (result instanceof CallableStatement s) {
                return statement(s, CallableStatement.class, (String) args[0]);
            }
            if (result instanceof PreparedStatement s && name.equals("prepareStatement")) {
                return statement(s, PreparedStatement.class, (String) args[0]);
            }
            if (result instanceof Statement s && name.equals("createStatement")) {
                return statement(s, Statement.class, null);
            }
            return result;
        });
    }

    private Object statement(Statement statement, Class<?> type, String preparedSql) {
        return proxy(statement, new Class<?>[] {type}, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                if (sql == null || !sql.toLowerCase(Locale.ROOT).contains("qrtz_")) {
                    executed.add(sql == null ? "?" : sql);
                }
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Object target, Class<?>[] interfaces, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return true;
            }
            return handler.handle(target, method, args);
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
