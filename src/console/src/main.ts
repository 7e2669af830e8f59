import { createApp } from 'vue'
import App from './App.vue'
import { createConsoleRouter } from './router'
import './theme.css'

createApp(App).use(createConsoleRouter()).mount('#app')
