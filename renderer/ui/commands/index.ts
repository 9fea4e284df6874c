/** Commands as data: the model, the tables per context, and what is generated from them. */
export * from './model';
export * from './tables';
