package org.waymark.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements one thread runs, by wrapping the application's {@link DataSource}: for tests that a
 * page runs a fixed number of queries whatever the data. Import {@link Configuration} into the test; statements of
 * other threads (scheduled jobs, the mail outbox) are not counted.
 */
public class StatementCounter {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private volatile Thread counted;

    /** Starts counting this thread's statements afresh. */
    public void start() {
        statements.clear();
        counted = Thread.currentThread();
    }

    /** The statements run since {@link #start()}, in order. */
    public List<String> stop() {
        counted = null;
        return List.copyOf(statements);
    }

    private void ran(Object sql) {
        if (Thread.currentThread() == counted) {
            statements.add(String.valueOf(sql));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof Counting) {
                        return bean;
                    }
                    return new Counting(dataSource, counter);
                }
            };
        }
    }

    static class Counting extends DelegatingDataSource {

        private final org.springframework.beans.factory.ObjectProvider<StatementCounter> counter;

        Counting(DataSource target, org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            super(target);
            this.counter = counter;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(super.getConnection(username, password));
        }

        private Connection wrap(Connection connection) {
            return (Connection) proxy(Connection.class, connection, (method, args, result) -> {
                if (result instanceof Statement statement) {
                    Object sql = args != null && args.length > 0 ? args[0] : null;
                    return statement(method.getReturnType(), statement, sql);
                }
                return result;
            });
        }

        private Object statement(Class<?> type, Statement statement, Object preparedSql) {
            return proxy(type, statement, (method, args, result) -> {
                if (method.getName().startsWith("execute")) {
                    counter.getObject().ran(preparedSql != null ? preparedSql : args == null ? "?" : args[0]);
                }
                return result;
            });
        }

        private interface After {
            Object apply(Method method, Object[] args, Object result) throws Throwable;
        }

        private static Object proxy(Class<?> type, Object target, After after) {
            InvocationHandler handler = (proxy, method, args) -> {
                Object result;
                try {
                    result = method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getTargetException();
                }
                return after.apply(method, args, result);
            };
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }
}
